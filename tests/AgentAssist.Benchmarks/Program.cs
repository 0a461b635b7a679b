using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Running;

namespace AgentAssist.Benchmarks;

/// <summary>
/// Runs the benchmarks. From the repository root, in Release:
/// <c>dotnet run -c Release --project tests/AgentAssist.Benchmarks -- --filter '*'</c>.
/// <c>-- --cpu-time</c> instead runs each subject and its baseline in alternating rounds in this process and times
/// them by the CPU time of this thread, which a machine shared with other work disturbs far less than wall time.
/// </summary>
internal static class Program
{
    private const int Rounds = 40;
    private const int InvocationsPerRound = 400;

    private static void Main(string[] args)
    {
        // `-- store ...`: the approval store's latency with a million approvals (Store/StoreBenchmark.cs), not BenchmarkDotNet.
        if (args is ["store", ..])
        {
            Environment.ExitCode = Store.StoreBenchmark.RunAsync(args[1..]).GetAwaiter().GetResult();
            return;
        }

        // `-- --cpu-time`: engine subjects and their baselines alternating, timed by the thread's CPU clock.
        if (args is ["--cpu-time"])
        {
            RunOnCpuTime();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void RunOnCpuTime()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("--cpu-time reads the thread's CPU clock through Linux's clock_gettime.");
        }

        var benchmarks = new CheckBenchmarks();
        benchmarks.Setup();
        (string Name, Func<int> Run)[] pairs =
        [
            ("CheckAllPacks", benchmarks.CheckAllPacks), ("BaselineScanAllPacks", benchmarks.BaselineScanAllPacks),
            ("CheckBrandAndProfanityPacks", benchmarks.CheckBrandAndProfanityPacks), ("BaselineScanBrandAndProfanityPacks", benchmarks.BaselineScanBrandAndProfanityPacks),
            ("CheckBrandPacks", benchmarks.CheckBrandPacks), ("BaselineScanBrandPacks", benchmarks.BaselineScanBrandPacks),
        ];
        var times = pairs.Select(_ => new List<double>()).ToArray();
        var allocated = new long[pairs.Length];
        var sink = 0;
        for (var round = -5; round < Rounds; round++)
        {
            for (var p = 0; p < pairs.Length; p++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadCpuNanoseconds();
                for (var i = 0; i < InvocationsPerRound; i++)
                {
                    sink += pairs[p].Run();
                }

                var elapsed = ThreadCpuNanoseconds() - start;
                allocated[p] = GC.GetAllocatedBytesForCurrentThread() - before;
                if (round >= 0)
                {
                    // Rounds before 0 warm up (tiered JIT); every invocation checks SampleReplies.Count replies.
                    times[p].Add(elapsed / 1000.0 / InvocationsPerRound / SampleReplies.Count);
                }
            }
        }

        Console.WriteLine($"// cpu-time: {Rounds} rounds of {InvocationsPerRound} invocations x {SampleReplies.Count} replies, subject and baseline alternating; µs of thread CPU time per reply (checksum {sink})");
        Console.WriteLine("| Method | Min | Median | Allocated per reply | Ratio of medians | Ratio of minimums |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var p = 0; p < pairs.Length; p++)
        {
            var baseline = p | 1;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {pairs[p].Name} | {times[p].Min():F3} µs | {Median(times[p]):F3} µs | {allocated[p] / InvocationsPerRound / SampleReplies.Count} B | {Median(times[p]) / Median(times[baseline]):F2} | {times[p].Min() / times[baseline].Min():F2} |"));
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private static long ThreadCpuNanoseconds()
    {
        const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID
        if (ClockGetTime(ThreadCpuClock, out var time) != 0)
        {
            throw new InvalidOperationException($"clock_gettime failed: {Marshal.GetLastPInvokeError()}");
        }

        Debug.Assert(time.Nanoseconds < 1_000_000_000);
        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    // DllImport rather than LibraryImport: the generated LibraryImport stub needs unsafe code, and this signature is blittable.
    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
