using System.Globalization;
using System.Text;

namespace UseServer.Flight.Reply;

/// <content>Slot paths: the temporary-reference id React derives from a slot and the path an error names.</content>
internal sealed partial class ReplyReviver
{
    /// <summary>The slot path React gives a temporary reference: the part's hex id, then every key down to the slot (<c>0:0:el</c>).</summary>
    private static string SlotPath(List<Frame> frames, int pathId)
    {
        var path = new StringBuilder(ReplyIds.Hex(pathId));
        for (int i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            path.Append(ReplyTags.PathSeparator);
            if (frame.Array is not null)
            {
                int index = i == frames.Count - 1 ? frame.Array.Count : frame.Array.Count - 1;
                path.Append(index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                path.Append(frame.Key);
            }
        }

        return path.ToString();
    }

    /// <summary>Where a failure happened, for logs: the part's hex id, then a JavaScript-style path (<c>part 0 [0].title</c>).</summary>
    private static string ErrorPath(List<Frame> frames, int pathId)
    {
        var path = new StringBuilder("part ").Append(ReplyIds.Hex(pathId)).Append(' ');
        for (int i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            if (frame.Array is not null)
            {
                int index = i == frames.Count - 1 ? frame.Array.Count : frame.Array.Count - 1;
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                path.Append('.').Append(Shorten(frame.Key));
            }
        }

        return path.ToString().TrimEnd();
    }
}
