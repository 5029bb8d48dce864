using System.Net.Sockets;

namespace SystemGraph.TestSupport;

/// <summary>
/// Whether a Docker engine is there for Testcontainers, found fast (a test run without Docker must not wait on
/// Testcontainers' own discovery and time-outs): <c>DOCKER_HOST</c> when set (<c>unix://</c> or <c>tcp://</c>),
/// otherwise the usual sockets (<c>/var/run/docker.sock</c>, Docker Desktop's and rootless Docker's under the home
/// and runtime folders). The engine must answer <c>GET /_ping</c> within two seconds. Checked once per test run.
/// </summary>
public static class DockerEngine
{
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);
    private static readonly Lazy<string?> Reason = new(FindUnavailableReason, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when an engine answered.</summary>
    public static bool IsAvailable => Reason.Value is null;

    /// <summary>Why there is no engine (for skip messages), or null when there is one.</summary>
    public static string? UnavailableReason => Reason.Value;

    private static string? FindUnavailableReason()
    {
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host)
        {
            if (host.StartsWith("unix://", StringComparison.Ordinal))
            {
                return Ping(new UnixDomainSocketEndPoint(host["unix://".Length..]), $"DOCKER_HOST={host}");
            }

            if (Uri.TryCreate(host.Replace("tcp://", "http://", StringComparison.Ordinal), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp)
            {
                return Ping(new System.Net.DnsEndPoint(uri.Host, uri.Port), $"DOCKER_HOST={host}");
            }

            return $"DOCKER_HOST={host} is neither unix:// nor tcp:// (TLS engines are not probed here)";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new List<string> { "/var/run/docker.sock", Path.Combine(home, ".docker", "run", "docker.sock"), Path.Combine(home, ".docker", "desktop", "docker.sock") };
        if (Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime)
        {
            candidates.Add(Path.Combine(runtime, "docker.sock"));
        }

        var socket = candidates.FirstOrDefault(File.Exists);
        return socket is null
            ? $"no Docker engine: DOCKER_HOST is not set and none of {string.Join(", ", candidates)} exists"
            : Ping(new UnixDomainSocketEndPoint(socket), socket);
    }

    /// <summary>null when the engine at <paramref name="endPoint"/> answers <c>/_ping</c> with OK; else why not.</summary>
    private static string? Ping(System.Net.EndPoint endPoint, string described)
    {
        try
        {
            using var handler = new SocketsHttpHandler
            {
                ConnectCallback = async (_, cancellationToken) =>
                {
                    var socket = new Socket(endPoint.AddressFamily == AddressFamily.Unix ? AddressFamily.Unix : AddressFamily.InterNetwork, SocketType.Stream, endPoint.AddressFamily == AddressFamily.Unix ? ProtocolType.Unspecified : ProtocolType.Tcp);
                    try
                    {
                        await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            };
            using var client = new HttpClient(handler) { Timeout = PingTimeout };
            using var response = client.GetAsync(new Uri("http://docker/_ping")).GetAwaiter().GetResult();
            return response.IsSuccessStatusCode ? null : $"the Docker engine at {described} answered /_ping with HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or TaskCanceledException or IOException)
        {
            return $"the Docker engine at {described} did not answer /_ping within {PingTimeout.TotalSeconds:0} s ({e.GetType().Name}: {e.Message})";
        }
    }
}
