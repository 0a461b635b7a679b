using BenchmarkDotNet.Running;

namespace AgentAssist.Benchmarks;

/// <summary>
/// Runs the benchmarks. From the repository root, in Release:
/// <c>dotnet run -c Release --project tests/AgentAssist.Benchmarks -- --filter '*'</c>.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        // `-- store ...`: the approval store's latency with a million approvals (Store/StoreBenchmark.cs), not BenchmarkDotNet.
        if (args is ["store", ..])
        {
            Environment.ExitCode = Store.StoreBenchmark.RunAsync(args[1..]).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
