using UseServer.AspNetCore.Pipeline;
using UseServer.Flight.Reply;
using UseServer.Flight.Values;

namespace UseServer.AspNetCore.BoundArguments;

/// <summary>
/// For a function with <see cref="BoundAttribute"/> parameters: takes the sealed token the client sends
/// as its first argument, unseals it, decodes the plaintext with the same hardened decoder and limits as
/// any body, and puts the values in front of the client's remaining arguments. Anything else, including
/// plaintext values where the token belongs, is a <see cref="BoundArgumentsException"/>.
/// </summary>
internal static class BoundArgumentsReader
{
    public static JsValue Prepend(ServerFunctionPlan plan, BoundArgumentsSealer sealer, JsValue root, CancellationToken cancellationToken)
    {
        if (root is not JsArray args || args.Count == 0 || args[0] is not JsString token)
        {
            throw new BoundArgumentsException("The call does not start with a sealed bound-arguments token.");
        }

        if (!sealer.TryUnseal(plan.Id, token.Value, out byte[] plaintext))
        {
            throw new BoundArgumentsException("The bound-arguments token did not unseal for this function.");
        }

        if (Decode(plaintext, plan.Limits, cancellationToken) is not JsArray values || values.Count != plan.BoundCount)
        {
            throw new BoundArgumentsException($"The unsealed bound arguments are not an array of {plan.BoundCount}.");
        }

        var combined = new List<JsValue>(values.Count + args.Count - 1);
        combined.AddRange(values);
        for (int i = 1; i < args.Count; i++)
        {
            combined.Add(args[i]);
        }

        return new JsArray(combined);
    }

    /// <summary>Decodes unsealed plaintext with the body decoder and the function's limits.</summary>
    public static JsValue Decode(byte[] plaintext, ReplyLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            return ReplyDecoder.Decode(ReplyPayload.FromText(plaintext, limits), limits, string.Empty, cancellationToken);
        }
        catch (ReplyDecodeException e)
        {
            // Authenticated but undecodable (say, minted under other limits): still the one uniform answer.
            throw new BoundArgumentsException("The unsealed bound arguments did not decode: " + e.CodeName, e);
        }
    }
}

/// <summary>A call to a function with bound parameters that lacks a valid token. Always answered with the same 400.</summary>
internal sealed class BoundArgumentsException(string message, Exception? inner = null) : Exception(message, inner);
