using System.Text;
using CsCheck;
using UseServer.Flight.Reply;

namespace UseServer.Flight.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the reply decoder's JSON and tag layers (issue #2, security.md G13):
/// valid bodies from <see cref="ReplyFuzzSeeds"/> are mutated (byte flips, token splices, deletions,
/// duplications, renamed or repeated parts) and decoded. Every input must either decode or fail with a
/// <see cref="ReplyDecodeException"/>, within a bounded allocation. Bounded by count and time so it fits
/// CI: FUZZ_ITERATIONS (default 20,000) and FUZZ_SECONDS (default 20) explore further locally. A failure
/// prints CsCheck's seed; add the shrunk input to <see cref="ReplyFuzzRegressionTests"/>.
/// </summary>
public class ReplyDecoderFuzzTests
{
    private const long MaxAllocatedBytesPerInput = 64L * 1024 * 1024;

    private static readonly string[] PartNames = ["0", "1", "2", "3", "a", "01", "S1", "S2", "_1_x", "_a_x", "10", "$ACTION_1:0"];

    /// <summary>One edit: which part, what to do, where (as a fraction of the length), which token or byte.</summary>
    private readonly record struct Mutation(int Part, int Kind, double At, double Length, int Token, byte Byte);

    private static readonly Gen<Mutation> GenMutation = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 6], Gen.Double[0, 1], Gen.Double[0, 0.3], Gen.Int[0, ReplyFuzzSeeds.Tokens.Length - 1], Gen.Byte,
        (part, kind, at, length, token, b) => new Mutation(part, kind, at, length, token, b));

    private static readonly Gen<(int Seed, Mutation[] Mutations)> GenInput =
        Gen.Select(Gen.Int[0, ReplyFuzzSeeds.Bodies.Length - 1], GenMutation.Array[1, 8]);

    [Fact]
    public void Mutated_bodies_decode_or_fail_with_a_decode_error()
    {
        long iterations = long.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out long i) ? i : 20_000;
        int seconds = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SECONDS"), out int s) ? s : 20;
        var limits = new ReplyLimits { MaxDecodeTime = TimeSpan.FromSeconds(1) };

        GenInput.Sample(input =>
        {
            var parts = Build(input.Seed, input.Mutations);
            ReplyPayload payload;
            try
            {
                payload = ToPayload(parts, limits);
            }
            catch (ReplyDecodeException)
            {
                return; // e.g. a duplicated unique part name: refused before decoding, as it should be
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                ReplyDecoder.Decode(payload, limits);
            }
            catch (ReplyDecodeException)
            {
                // The only acceptable failure.
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < MaxAllocatedBytesPerInput, $"decoding allocated {allocated:N0} bytes");
        }, iter: iterations, time: seconds, print: input => Describe(Build(input.Seed, input.Mutations)));
    }

    private static List<(string Name, byte[] Data)> Build(int seed, Mutation[] mutations)
    {
        var parts = ReplyFuzzSeeds.Bodies[seed].Select(p => (p.Name, Data: Encoding.UTF8.GetBytes(p.Text))).ToList();
        foreach (var m in mutations)
        {
            int index = m.Part % parts.Count;
            var (name, data) = parts[index];
            int at = (int)(m.At * data.Length);
            int length = Math.Min(data.Length - at, (int)(m.Length * data.Length) + 1);
            byte[] token = Encoding.UTF8.GetBytes(ReplyFuzzSeeds.Tokens[m.Token]);
            switch (m.Kind)
            {
                case 0: // flip one byte
                    if (data.Length > 0)
                    {
                        data = [.. data];
                        data[Math.Min(at, data.Length - 1)] = m.Byte;
                    }

                    break;
                case 1: // splice a token in
                    data = [.. data.AsSpan(0, at), .. token, .. data.AsSpan(at)];
                    break;
                case 2: // replace a range with a token
                    data = [.. data.AsSpan(0, at), .. token, .. data.AsSpan(at + Math.Max(0, length))];
                    break;
                case 3: // delete a range
                    data = [.. data.AsSpan(0, at), .. data.AsSpan(at + Math.Max(0, length))];
                    break;
                case 4: // duplicate a range in place
                    data = [.. data.AsSpan(0, at + Math.Max(0, length)), .. data.AsSpan(at)];
                    break;
                case 5: // rename the part
                    name = PartNames[m.Token % PartNames.Length];
                    break;
                default: // add a copy of the part under another name
                    parts.Add((PartNames[m.Token % PartNames.Length], data));
                    break;
            }

            parts[index] = (name, data);
        }

        return parts;
    }

    private static ReplyPayload ToPayload(List<(string Name, byte[] Data)> parts, ReplyLimits limits)
    {
        var builder = new ReplyPayload.Builder(limits);
        foreach (var (name, data) in parts)
        {
            builder.AddField(name, data);
        }

        return builder.Build();
    }

    private static string Describe(List<(string Name, byte[] Data)> parts) =>
        string.Join(" | ", parts.Select(p => $"{p.Name}={Convert.ToHexString(p.Data)} ({Encoding.UTF8.GetString(p.Data)})"));
}
