using System.Text;
using Xunit.Sdk;

namespace SystemGraph.TestSupport.Snapshots;

/// <summary>Compares text with a <c>.snap</c> file in one directory, under the rules described on <see cref="Snapshot"/>.</summary>
public sealed class SnapshotMatcher(string directory, SnapshotEnvironment environment)
{
    public const string Extension = ".snap";
    public const string ReceivedExtension = ".received.snap";

    public string PathFor(string name) => System.IO.Path.Combine(directory, name + Extension);

    public void Match(string actual, string name)
    {
        var normalized = Normalize(actual);
        var path = PathFor(name);
        var received = System.IO.Path.Combine(directory, name + ReceivedExtension);

        if (environment.Update)
        {
            Write(path, normalized);
            File.Delete(received);
            return;
        }

        if (!File.Exists(path))
        {
            if (environment.IsCi)
            {
                throw new XunitException(
                    $"Snapshot '{name}' does not exist ({path}). CI never creates snapshots: run the test locally " +
                    "(or with UPDATE_SNAPSHOTS=1), review the new .snap file and commit it.");
            }

            Write(path, normalized);
            return;
        }

        var expected = Normalize(File.ReadAllText(path, Encoding.UTF8));
        if (string.Equals(expected, normalized, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        Write(received, normalized);
        throw new XunitException(
            $"Snapshot '{name}' does not match ({path}).{Environment.NewLine}" +
            $"Actual text written to {received}. Run with UPDATE_SNAPSHOTS=1 to accept it.{Environment.NewLine}" +
            LineDiff.Format(expected, normalized));
    }

    /// <summary>LF line endings, no trailing white space on lines, exactly one final newline.</summary>
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var sb = new StringBuilder(text.Length + 1);
        foreach (var line in lines)
        {
            sb.Append(line.TrimEnd()).Append('\n');
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
