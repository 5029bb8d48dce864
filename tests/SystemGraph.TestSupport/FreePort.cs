using System.Net;
using System.Net.Sockets;

namespace SystemGraph.TestSupport;

/// <summary>A free TCP port on the loopback interface, for servers the tests start (redis-server, the API as a process).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
