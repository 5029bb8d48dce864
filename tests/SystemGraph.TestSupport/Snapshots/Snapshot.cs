using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace SystemGraph.TestSupport.Snapshots;

/// <summary>
/// Snapshot assertions in Snapshooter's spirit (the package cannot be restored here).
/// <c>Snapshot.Match(value)</c> serialises the value to normalised, indented JSON (a string is taken as it is),
/// and compares it with <c>__snapshots__/&lt;Class&gt;.&lt;Method&gt;[_&lt;name&gt;].snap</c> beside the test file.
/// <list type="bullet">
/// <item><c>UPDATE_SNAPSHOTS=1</c> rewrites the snapshot instead of comparing.</item>
/// <item>A missing snapshot is created and the test passes, except when <c>CI=true</c>: then the test fails,
/// so CI never silently accepts an answer nobody looked at.</item>
/// <item>On a mismatch the test fails with a line diff, and the actual text is written beside the snapshot
/// as <c>.received.snap</c> (git-ignored) for inspection.</item>
/// </list>
/// </summary>
public static class Snapshot
{
    /// <summary>Matches a value (serialised as JSON) or a string (as it is) with the caller's snapshot.</summary>
    public static void Match(object? value, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var text = value is string s ? s : SnapshotSerializer.Serialize(value);
        Matcher(testFile).Match(text, SnapshotName(testFile, testMethod, name));
    }

    /// <summary>Matches JSON text, re-indented in the normal form, so whitespace differences in the source do not count.</summary>
    public static void MatchJson(string json, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        Matcher(testFile).Match(SnapshotSerializer.NormalizeJson(json), SnapshotName(testFile, testMethod, name));
    }

    private static SnapshotMatcher Matcher(string testFile) =>
        new(Path.Combine(Path.GetDirectoryName(testFile) ?? ".", "__snapshots__"), SnapshotEnvironment.FromProcess());

    /// <summary>
    /// <c>&lt;Class&gt;.&lt;Method&gt;[_&lt;name&gt;]</c>. The class is the test method's declaring type, found on the stack
    /// (through the compiler's async state machine when there is one); the file name is the fallback.
    /// </summary>
    internal static string SnapshotName(string testFile, string testMethod, string? name)
    {
        var className = FindCallingClass() ?? Path.GetFileNameWithoutExtension(testFile);
        var baseName = $"{className}.{testMethod}";
        return string.IsNullOrEmpty(name) ? baseName : $"{baseName}_{name}";
    }

    private static string? FindCallingClass()
    {
        foreach (var frame in new StackTrace().GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            if (type is null || type.Assembly == typeof(Snapshot).Assembly)
            {
                continue;
            }

            // Async test methods run inside a compiler-generated state machine nested in the test class.
            while (type.DeclaringType is not null && type.Name.Contains('<', StringComparison.Ordinal))
            {
                type = type.DeclaringType;
            }

            return type.Name;
        }

        return null;
    }
}
