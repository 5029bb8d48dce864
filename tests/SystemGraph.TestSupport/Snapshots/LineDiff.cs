using System.Text;

namespace SystemGraph.TestSupport.Snapshots;

/// <summary>
/// A readable line diff for snapshot failures: the longest common subsequence of lines, printed as
/// <c>-</c> (expected only), <c>+</c> (actual only) and up to two lines of context around each change.
/// </summary>
public static class LineDiff
{
    private const int Context = 2;

    public static string Format(string expected, string actual)
    {
        var a = expected.TrimEnd('\n').Split('\n');
        var b = actual.TrimEnd('\n').Split('\n');
        var ops = Diff(a, b);

        var sb = new StringBuilder();
        sb.Append("--- expected (snapshot)\n+++ actual\n");
        var lastPrinted = -1;
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i].Kind == ' ' && !NearChange(ops, i))
            {
                continue;
            }

            if (lastPrinted >= 0 && i > lastPrinted + 1)
            {
                sb.Append("  ...\n");
            }

            sb.Append(ops[i].Kind).Append(' ').Append(ops[i].Line).Append('\n');
            lastPrinted = i;
        }

        return sb.ToString();
    }

    private static bool NearChange(List<(char Kind, string Line)> ops, int index)
    {
        for (var j = Math.Max(0, index - Context); j <= Math.Min(ops.Count - 1, index + Context); j++)
        {
            if (ops[j].Kind != ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static List<(char Kind, string Line)> Diff(string[] a, string[] b)
    {
        // Classic LCS table; snapshots are small (hundreds of lines), so O(n·m) is fine.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal)
                    ? lcs[i + 1, j + 1] + 1
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<(char, string)>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                ops.Add((' ', a[x++]));
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                ops.Add(('-', a[x++]));
            }
            else
            {
                ops.Add(('+', b[y++]));
            }
        }

        while (x < a.Length)
        {
            ops.Add(('-', a[x++]));
        }

        while (y < b.Length)
        {
            ops.Add(('+', b[y++]));
        }

        return ops;
    }
}
