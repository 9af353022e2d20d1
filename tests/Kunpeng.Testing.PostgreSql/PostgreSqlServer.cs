using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Kunpeng.Testing.PostgreSql;

/// <summary>
/// One PostgreSQL server for the whole test run: a new cluster in a temporary directory (initdb),
/// started on a free port (pg_ctl), as the <c>postgres</c> user when the run is root (the server
/// refuses to run as root). It is stopped and its directory removed when the test process exits; a
/// watchdog shell does the same if the process is killed, so no run leaves a server behind.
/// Each test takes a schema of its own (<see cref="CreateSchema"/>), which is far cheaper than a database.
/// </summary>
public sealed class PostgreSqlServer
{
    private static readonly Lazy<PostgreSqlServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _bin;
    private readonly string _dataDirectory;
    private readonly bool _asPostgresUser;
    private int _stopped;

    private PostgreSqlServer(string bin, string directory, int port, bool asPostgresUser)
    {
        _bin = bin;
        _dataDirectory = directory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    /// <summary>The run's server, started on first use.</summary>
    public static PostgreSqlServer Instance => Shared.Value;

    public int Port { get; }

    /// <summary>The server's own database, as the superuser.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = "postgres",
        Pooling = true,
        MaxPoolSize = 200,
        Timeout = 30,
        CommandTimeout = 60,
    }.ConnectionString;

    /// <summary>A new empty schema; the connection string it returns puts it first on the search path.</summary>
    public string CreateSchema(string? name = null)
    {
        name ??= "t_" + Guid.NewGuid().ToString("N")[..16];
        Execute($"CREATE SCHEMA \"{name}\"");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = name }.ConnectionString;
    }

    /// <summary>A new empty database (for what needs one of its own: several hosts, a copy to verify).</summary>
    public string CreateDatabase(string? name = null)
    {
        name ??= "d_" + Guid.NewGuid().ToString("N")[..16];
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public void DropSchema(string connectionString)
    {
        var schema = new NpgsqlConnectionStringBuilder(connectionString).SearchPath;
        // Pooled connections of the registry under test would otherwise hold locks on what is dropped.
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
    }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
#pragma warning disable CA2100 // Test set-up statements with generated names.
        using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private static PostgreSqlServer Start()
    {
        var bin = FindBin();
        var directory = Path.Combine(Path.GetTempPath(), "kunpeng-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var root = Environment.UserName == "root";
        if (root)
        {
            Run("chown", ["postgres:postgres", directory], asPostgres: false);
        }

        var data = Path.Combine(directory, "data");
        // --no-sync and fsync=off: a test run need not survive a power cut, and CI's disk is shared.
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], root);
        var port = FreePort();
        var server = new PostgreSqlServer(bin, directory, port, root);
        Watch(server);
        Run(
            Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "start", "-o",
                $"-p {port.ToString(CultureInfo.InvariantCulture)} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB"],
            root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    /// <summary>Stops the server now (immediate: nothing of a test run is worth a clean shutdown) and removes its files.</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            NpgsqlConnection.ClearAllPools();
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_dataDirectory, "data"), "-m", "immediate", "-w", "stop"], _asPostgresUser);
        }
        catch (InvalidOperationException)
        {
            // Already stopped (the watchdog, or it never started); the directory goes all the same.
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// A shell that outlives a killed test process: when this process is gone it stops the server and
    /// removes its directory. Started before the server, so there is no moment without it.
    /// </summary>
    private static void Watch(PostgreSqlServer server)
    {
        var pgCtl = Path.Combine(server._bin, "pg_ctl");
        var data = Path.Combine(server._dataDirectory, "data");
        var stop = server._asPostgresUser ? $"runuser -u postgres -- {pgCtl} -D {data} -m immediate stop" : $"{pgCtl} -D {data} -m immediate stop";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 2; done; {stop} >/dev/null 2>&1; rm -rf {server._dataDirectory}";
        var watchdog = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process.Start(watchdog);
    }

    private static string FindBin()
    {
        var configured = Environment.GetEnvironmentVariable("KUNPENG_PG_BIN");
        var candidates = new[] { configured, "/usr/lib/postgresql/15/bin" }
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")) : []);
        return candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, "initdb")))
            ?? throw new InvalidOperationException(
                "No PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin: install them (apt-get install -y postgresql; .ci/run does) or set KUNPENG_PG_BIN.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Run(string file, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. arguments])
            : new ProcessStartInfo(file, arguments);
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        // A server started from here must not inherit the test host's working directory permissions problems.
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} did not finish within 120 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}{output.Result}");
        }
    }
}
