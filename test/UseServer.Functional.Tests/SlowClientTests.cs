using System.Text;
using UseServer.Functional.Tests.Infrastructure;

namespace UseServer.Functional.Tests;

/// <summary>
/// The corpus's slow-client cases (RSF-111…113): Kestrel's own minimum data rate and header timeout
/// must cut them, and nothing is invoked. Each runs against its own ConformanceHost process so the
/// waiting overlaps with the other suites. The only bound is the hang guard, not a timing assertion.
/// </summary>
public sealed class SlowClientTests(ConformanceHostFixture host) : IClassFixture<ConformanceHostFixture>
{
    private static readonly int[] s_cut = [408, 400, RawResponse.ConnectionClosed];

    [Fact]
    public async Task RSF_111_slowloris_body_is_cut() =>
        Assert.Contains((await host.AssertNothingInvokedAsync(() =>
            RawHttp.SendSlowAsync(host.Port, Head(100_000), "[\""u8.ToArray(), TimeSpan.FromSeconds(10), bytesPerTick: 1))).Status, s_cut);

    [Fact]
    public async Task RSF_113_content_length_lie_is_cut() =>
        Assert.Contains((await host.AssertNothingInvokedAsync(() =>
            RawHttp.SendSlowAsync(host.Port, Head(1000), "[\"a\",\"b\"]x"u8.ToArray(), TimeSpan.FromSeconds(120), bytesPerTick: 0))).Status, s_cut);

    [Fact]
    public async Task RSF_112_slowloris_headers_are_cut()
    {
        string head = $"POST {Calls.Prefix}conformance.sentinel HTTP/1.1\r\nHost: 127.0.0.1:{host.Port}\r\nX-Slow: ";
        RawResponse response = await RawHttp.SendSlowAsync(host.Port, head, [], TimeSpan.FromSeconds(5), bytesPerTick: 1);

        Assert.Contains(response.Status, new[] { 408, RawResponse.ConnectionClosed });
    }

    private string Head(int contentLength) =>
        $"POST {Calls.Prefix}conformance.sentinel HTTP/1.1\r\nHost: 127.0.0.1:{host.Port}\r\nContent-Type: text/plain;charset=UTF-8\r\n" +
        $"Origin: {host.Origin}\r\nContent-Length: {contentLength}\r\n\r\n";
}
