using BalkanMeetings.Core.Import.Blocks;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>A sentence of prose, within one block, with the range of tokens it covers.</summary>
public sealed record Sentence(int Start, int End, BlockKind Block, int BlockIndex, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
