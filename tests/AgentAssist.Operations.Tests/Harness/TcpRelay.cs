using System.Net;
using System.Net.Sockets;

namespace AgentAssist.Operations.Tests.Harness;

/// <summary>
/// A TCP relay on 127.0.0.1: each accepted connection goes to the next target in turn (round robin), so it serves as a
/// load balancer in front of bot instances (one request per connection) or as the network path to the database. It
/// can be cut: every open connection is dropped and new ones are refused until it is restored.
/// </summary>
internal sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<IPEndPoint> _targets;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _next;
    private volatile bool _cut;

    public TcpRelay(params IPEndPoint[] targets)
    {
        _targets = [.. targets];
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri HttpBase => new($"http://127.0.0.1:{Port}/");

    public void SetTargets(IEnumerable<IPEndPoint> targets)
    {
        lock (_targets)
        {
            _targets.Clear();
            _targets.AddRange(targets);
        }
    }

    /// <summary>Drops every connection and refuses new ones, as a database that stopped or a network that broke.</summary>
    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            foreach (var client in _open)
            {
                client.Client.LingerState = new LingerOption(true, 0);
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public void Restore() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var inbound = await _listener.AcceptTcpClientAsync(_stop.Token);
            if (_cut)
            {
                inbound.Client.LingerState = new LingerOption(true, 0);
                inbound.Dispose();
                continue;
            }

            IPEndPoint target;
            lock (_targets)
            {
                target = _targets[_next++ % _targets.Count];
            }

            _ = RelayAsync(inbound, target);
        }
    }

    private async Task RelayAsync(TcpClient inbound, IPEndPoint target)
    {
        var outbound = new TcpClient();
        lock (_open)
        {
            _open.Add(inbound);
            _open.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(target, _stop.Token);
            var a = inbound.GetStream();
            var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, _stop.Token), b.CopyToAsync(a, _stop.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // A cut, or a peer closing: the other side is closed below.
        }
        finally
        {
            lock (_open)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }

            inbound.Dispose();
            outbound.Dispose();
        }
    }
}
