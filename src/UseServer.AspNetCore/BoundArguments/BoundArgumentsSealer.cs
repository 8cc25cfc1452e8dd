using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace UseServer.AspNetCore.BoundArguments;

/// <summary>
/// Seals and unseals bound-argument plaintext with ASP.NET Data Protection under the purpose chain
/// <c>("ReactServerFunctions.BoundArgs.v1", functionId)</c> (docs/bound-arguments.md). A token is
/// <see cref="Marker"/> + base64url(protected bytes). With a lifetime, the time-limited protector embeds
/// the expiry. Every unseal failure is the same <see langword="false"/>, with no detail.
/// </summary>
internal sealed class BoundArgumentsSealer
{
    /// <summary>The purpose every bound-arguments protector starts with.</summary>
    public const string Purpose = "ReactServerFunctions.BoundArgs.v1";

    /// <summary>Starts every token, so a token is recognisable in logs and on the wire.</summary>
    public const string Marker = "usb1.";

    private readonly IDataProtectionProvider _provider;
    private readonly ConcurrentDictionary<string, IDataProtector> _protectors = new(StringComparer.Ordinal);

    public BoundArgumentsSealer(IDataProtectionProvider provider, TimeSpan? lifetime, int maxTokenLength)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (lifetime is { } l && l <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("ServerFunctionOptions.BoundArgumentsLifetime must be positive when set.");
        }

        if (maxTokenLength <= Marker.Length)
        {
            throw new InvalidOperationException($"ServerFunctionOptions.MaxBoundArgumentsTokenLength must be greater than {Marker.Length}.");
        }

        _provider = provider;
        Lifetime = lifetime;
        MaxTokenLength = maxTokenLength;
    }

    /// <summary>How long a token stays valid, or <see langword="null"/> for as long as the key ring keeps its key.</summary>
    public TimeSpan? Lifetime { get; }

    /// <summary>The longest token accepted, in characters (checked before any decoding or crypto).</summary>
    public int MaxTokenLength { get; }

    /// <summary>Seals <paramref name="plaintext"/> for <paramref name="functionId"/>, expiring after <see cref="Lifetime"/> when set.</summary>
    public string Seal(string functionId, byte[] plaintext) =>
        Seal(functionId, plaintext, Lifetime is { } lifetime ? DateTimeOffset.UtcNow + lifetime : null);

    /// <summary>Seals with an explicit expiry (tests mint expired tokens with this).</summary>
    public string Seal(string functionId, byte[] plaintext, DateTimeOffset? expiration)
    {
        IDataProtector protector = Protector(functionId);
        byte[] protectedBytes = expiration is { } at
            ? protector.ToTimeLimitedDataProtector().Protect(plaintext, at)
            : protector.Protect(plaintext);
        string token = Marker + Base64Url.EncodeToString(protectedBytes);
        if (token.Length > MaxTokenLength)
        {
            throw new ArgumentException(
                $"The sealed bound arguments of '{functionId}' are {token.Length} characters, over ServerFunctionOptions.MaxBoundArgumentsTokenLength ({MaxTokenLength}).");
        }

        return token;
    }

    /// <summary>Unseals a token minted for <paramref name="functionId"/>. Any failure returns <see langword="false"/>.</summary>
    public bool TryUnseal(string functionId, string? token, out byte[] plaintext)
    {
        plaintext = [];
        // The size check comes before any decoding or crypto work.
        if (token is null || token.Length > MaxTokenLength || !token.StartsWith(Marker, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> encoded = token.AsSpan(Marker.Length);
        if (encoded.IsEmpty || !Base64Url.IsValid(encoded, out int length))
        {
            return false;
        }

        byte[] protectedBytes = new byte[length];
        if (!Base64Url.TryDecodeFromChars(encoded, protectedBytes, out int written) || written != length)
        {
            return false;
        }

        try
        {
            IDataProtector protector = Protector(functionId);
            plaintext = Lifetime is null
                ? protector.Unprotect(protectedBytes)
                : protector.ToTimeLimitedDataProtector().Unprotect(protectedBytes, out _);
            return true;
        }
        catch (CryptographicException)
        {
            // Tampered, truncated, another function's purpose, another key ring, or expired: all alike.
            return false;
        }
    }

    private IDataProtector Protector(string functionId) =>
        _protectors.GetOrAdd(functionId, static (id, provider) => provider.CreateProtector(Purpose, id), _provider);
}
