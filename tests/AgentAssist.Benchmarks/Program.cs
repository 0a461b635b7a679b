using BenchmarkDotNet.Running;

namespace AgentAssist.Benchmarks;

/// <summary>
/// Runs the benchmarks. From the repository root, in Release:
/// <c>dotnet run -c Release --project tests/AgentAssist.Benchmarks -- --filter '*'</c>.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
