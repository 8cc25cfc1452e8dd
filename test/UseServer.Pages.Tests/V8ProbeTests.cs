using Microsoft.ClearScript.V8;

namespace UseServer.Pages.Tests;

public sealed class V8ProbeTests
{
    [Fact]
    public void V8_engine_evaluates_script()
    {
        using var engine = new V8ScriptEngine();
        Assert.Equal(42, Convert.ToInt32(engine.Evaluate("6 * 7"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
