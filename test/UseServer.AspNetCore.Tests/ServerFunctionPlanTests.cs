using System.ComponentModel.DataAnnotations;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UseServer.AspNetCore.Diagnostics;
using UseServer.AspNetCore.Pipeline;
using UseServer.Flight.Binding;
using UseServer.Flight.Values;

using UseServer.AspNetCore.Tests.Support;

namespace UseServer.AspNetCore.Tests;

public sealed class ServerFunctionPlanTests
{
    public static int Sample([Range(1, 5)] int count, string? label = null) => count + (label?.Length ?? 0);

    [Fact]
    public void A_function_without_authorization_metadata_fails_when_required()
    {
        ServerFunctionPlan plan = ServerFunctionPlan.Create(Descriptor(), Runtime(new ServerFunctionOptions()));

        Assert.Throws<InvalidOperationException>(() => plan.Complete([]));
        plan.Complete([new AuthorizeAttribute()]);
        plan.Complete([new AllowAnonymousAttribute()]);
    }

    [Fact]
    public void The_requirement_can_be_turned_off() =>
        ServerFunctionPlan.Create(Descriptor(), Runtime(new ServerFunctionOptions { RequireAuthorizationMetadata = false })).Complete([]);

    [Fact]
    public void Request_size_limit_metadata_sets_the_body_limit()
    {
        ServerFunctionPlan plan = ServerFunctionPlan.Create(Descriptor(), Runtime(new ServerFunctionOptions()));
        plan.Complete([new AllowAnonymousAttribute(), new RequestSizeLimitAttribute(4096)]);

        Assert.Equal(4096, plan.Limits.MaxBodySize);
        Assert.Equal(4096, plan.BindingContext.Limits.MaxBodySize);
    }

    [Fact]
    public void Parameters_are_planned_once_with_their_validation_attributes()
    {
        ServerFunctionPlan plan = ServerFunctionPlan.Create(Descriptor(), Runtime(new ServerFunctionOptions()));

        Assert.Equal(1, plan.RequiredClientCount);
        Assert.Equal(2, plan.ClientSlots.Length);
        Assert.IsType<RangeAttribute>(Assert.Single(plan.ClientSlots[0].Attributes));
        Assert.Empty(plan.ClientSlots[1].Attributes);
        Assert.Equal("/_serverfn/tests.sample", plan.Path);
    }

    [Fact]
    public void Validation_reports_the_parameter_name()
    {
        ServerFunctionPlan plan = ServerFunctionPlan.Create(Descriptor(), Runtime(new ServerFunctionOptions()));

        Dictionary<string, string[]>? errors = ArgumentBinder.Validate(plan, new DefaultHttpContext(), [9, null]);

        Assert.NotNull(errors);
        Assert.Single(errors["count"]);
        Assert.Null(ArgumentBinder.Validate(plan, new DefaultHttpContext(), [3, null]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("_serverfn")]
    [InlineData("/_serverfn/")]
    [InlineData("/{x}")]
    public void Bad_prefixes_fail_at_startup(string prefix) =>
        Assert.Throws<InvalidOperationException>(() => Runtime(new ServerFunctionOptions { PathPrefix = prefix }));

    private static ServerFunctionDescriptor Descriptor() => new()
    {
        Id = "tests.sample",
        Method = typeof(ServerFunctionPlanTests).GetMethod(nameof(Sample))!,
        Parameters =
        [
            new ServerFunctionParameter { Name = "count", Type = typeof(int), Source = ServerFunctionParameterSource.Client, Converter = new Int32Converter() },
            new ServerFunctionParameter { Name = "label", Type = typeof(string), Source = ServerFunctionParameterSource.Client, Converter = new StringConverter(), IsOptional = true },
        ],
        Invoker = static i => new((object?)Sample((int)i.Arguments[0]!, (string?)i.Arguments[1])),
        ResultType = typeof(int),
    };

    private static ServerFunctionRuntime Runtime(ServerFunctionOptions options) => TestRuntime.Create(options);

    private sealed class Int32Converter : ReplyConverter<int>
    {
        public override int Convert(JsValue value, ReplyBindingContext context) => (int)((JsNumber)value).Value;
    }

    private sealed class StringConverter : ReplyConverter<string>
    {
        public override string Convert(JsValue value, ReplyBindingContext context) => ((JsString)value).Value;
    }
}
