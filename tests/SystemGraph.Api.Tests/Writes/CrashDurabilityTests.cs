using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using SystemGraph.Api.Auth;
using SystemGraph.TestSupport;
using Xunit.Abstractions;

namespace SystemGraph.Api.Tests.Writes;

/// <summary>
/// The durability test of the write issue: the API as a real process on a loopback port, a loop of acknowledged
/// writes (baseline and scenario), SIGKILL mid-loop, a restart on the same journal, and then every acknowledged
/// write must be there, exactly once, with its audit entry, and the graph must add up.
/// </summary>
public sealed class CrashDurabilityTests(ITestOutputHelper output) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("systemgraph-crash-").FullName;

    [Fact]
    public async Task Every_acknowledged_write_survives_SIGKILL()
    {
        var journal = Path.Combine(directory, "journal.sgj");
        var editor = WriteApi.Token("crash-editor", Roles.Editor);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        int baseline;
        string scenario;
        var acknowledged = new List<string>();
        var scenarioAcknowledged = 0;
        using (var first = await ApiProcess.StartAsync(journal, output))
        {
            http.BaseAddress = first.Address;
            baseline = await EntityCountAsync(http);
            scenario = (await PostAsync(http, editor, """mutation { openScenario(input: { name: "crash", reason: "r", rationale: "n" }) { scenario { id } } }"""))
                ["data"]!["openScenario"]!["scenario"]!["id"]!.GetValue<string>();

            // Writes go one after another, as fast as they are acknowledged; the kill lands while one is in flight.
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var id = $"crash-{i:D4}";
                    try
                    {
                        var inScenario = i % 5 == 4;
                        var body = await PostAsync(http, editor, """
                            mutation($id: ID!, $s: ID) { createEntity(input: { id: $id, kind: BOARD, name: "Crash board", reason: "durability", rationale: "test", scenario: $s }) { entity { id } errors { __typename } } }
                            """, new { id, s = inScenario ? scenario : null }, stop.Token);
                        if (body["data"]?["createEntity"]?["entity"]?["id"] is not null)
                        {
                            if (inScenario)
                            {
                                scenarioAcknowledged++;
                            }
                            else
                            {
                                acknowledged.Add(id);
                            }
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException)
                    {
                        return;
                    }
                }
            });

            while (acknowledged.Count < 40)
            {
                await Task.Delay(5);
            }

            first.Kill();
            await stop.CancelAsync();
            await writer;
        }

        output.WriteLine($"acknowledged before SIGKILL: {acknowledged.Count} baseline writes, {scenarioAcknowledged} scenario writes");
        using var second = await ApiProcess.StartAsync(journal, output);
        using var after = new HttpClient { BaseAddress = second.Address, Timeout = TimeSpan.FromSeconds(30) };

        var found = await PostAsync(after, editor, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = acknowledged });
        Assert.All(found["data"]!["nodes"]!.AsArray(), (node, i) => Assert.True(node is not null, $"acknowledged write {acknowledged[i]} is missing after the restart"));

        // At most the one write in flight at the kill may also have committed (unacknowledged); nothing else, nothing twice.
        var created = await EntityCountAsync(after) - baseline;
        Assert.InRange(created, acknowledged.Count, acknowledged.Count + 1);
        var inScenario = await PostAsync(after, editor, "query($s: ID!) { scenario(id: $s) { changeCount status } }", new { s = scenario });
        Assert.InRange(inScenario["data"]!["scenario"]!["changeCount"]!.GetValue<int>(), scenarioAcknowledged, scenarioAcknowledged + 1);
        var audit = await PostAsync(after, editor, "{ auditLog(first: 500) { operation author } }");
        Assert.True(audit["data"]!["auditLog"]!.AsArray().Count(e => e!["operation"]!.GetValue<string>() == "createEntity") >= acknowledged.Count);

        // The graph still takes writes after the replay.
        var more = await PostAsync(after, editor, """mutation { createEntity(input: { id: "after-restart", kind: BOARD, name: "After", reason: "r", rationale: "n" }) { entity { version } } }""");
        Assert.Equal(1, more["data"]!["createEntity"]!["entity"]!["version"]!.GetValue<int>());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temporary folder is the OS's to clean.
        }
    }

    private static async Task<int> EntityCountAsync(HttpClient http) =>
        (await PostAsync(http, null, "{ graphStats { entities } }"))["data"]!["graphStats"]!["entities"]!.GetValue<int>();

    private static async Task<JsonNode> PostAsync(HttpClient http, string? token, string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body.ToJsonString()}");
        return body;
    }

    /// <summary>The API started as its own process (dotnet SystemGraph.Api.dll) on a free loopback port.</summary>
    private sealed class ApiProcess : IDisposable
    {
        private readonly Process process;

        private ApiProcess(Process process, Uri address)
        {
            this.process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<ApiProcess> StartAsync(string journal, ITestOutputHelper output)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location])
            {
                WorkingDirectory = RepositoryPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["Urls"] = $"http://127.0.0.1:{port}";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["Graph__SeedPath"] = RepositoryPaths.GraphSeed;
            start.Environment["Graph__OdsPath"] = "none";
            start.Environment["Graph__JournalPath"] = journal;
            start.Environment["Auth__SigningKey"] = WriteApiFactory.Key;
            start.Environment["GraphQL__Limits__RequestsPerMinute"] = "0";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            process.OutputDataReceived += (_, e) => Log(output, e.Data);
            process.ErrorDataReceived += (_, e) => Log(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var address = new Uri($"http://127.0.0.1:{port}");
            using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && !process.HasExited)
            {
                try
                {
                    using var health = await probe.GetAsync(new Uri("/health", UriKind.Relative));
                    if (health.IsSuccessStatusCode)
                    {
                        return new ApiProcess(process, address);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }

                await Task.Delay(200);
            }

            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new InvalidOperationException("The API process did not become healthy within 90 s (see the test output).");
        }

        /// <summary>SIGKILL: no shutdown hooks, no flushing; what is not on disk is gone.</summary>
        public void Kill()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                Kill();
            }

            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static void Log(ITestOutputHelper output, string? line)
        {
            if (line is null)
            {
                return;
            }

            try
            {
                output.WriteLine(line);
            }
            catch (InvalidOperationException)
            {
                // The test has finished; late output is dropped.
            }
        }
    }
}
