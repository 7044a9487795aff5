using Popcon.Collector.Statsd;

namespace Popcon.Collector.Hosting;

/// <summary>Cuts a byte stream into lines inside one fixed buffer. A line longer than the limit
/// is counted as rejected and skipped up to its newline without being kept.</summary>
internal sealed class LineReader(IngestPipeline pipeline, int maxLineLength)
{
    private readonly byte[] _buffer = new byte[Math.Max(64 * 1024, maxLineLength + 2)];
    private int _filled;
    private bool _skipping;

    public Memory<byte> FreeSpace => _buffer.AsMemory(_filled);

    /// <summary>Takes <paramref name="count"/> new bytes written into <see cref="FreeSpace"/>.</summary>
    public void Advance(int count)
    {
        _filled += count;
        if (_skipping)
        {
            var newline = _buffer.AsSpan(0, _filled).IndexOf((byte)'\n');
            if (newline < 0)
            {
                _filled = 0;
                return;
            }

            Consume(newline + 1);
            _skipping = false;
        }

        var last = _buffer.AsSpan(0, _filled).LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            pipeline.ProcessLines(_buffer.AsSpan(0, last));
            Consume(last + 1);
        }

        // what is left has no newline; once it passes the limit it can only be rejected
        if (_filled > maxLineLength + 1)
        {
            pipeline.RejectLine(RejectReason.LineTooLong);
            _skipping = true;
            _filled = 0;
        }
    }

    /// <summary>The stream ended: a last line without a newline still counts.</summary>
    public void Complete()
    {
        if (!_skipping && _filled > 0)
        {
            pipeline.ProcessLines(_buffer.AsSpan(0, _filled));
        }

        _filled = 0;
    }

    private void Consume(int count)
    {
        _buffer.AsSpan(count, _filled - count).CopyTo(_buffer);
        _filled -= count;
    }
}
