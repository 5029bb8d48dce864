using System.Text;

namespace SystemGraph.Ingestion.Candidates;

/// <summary>
/// Ids for new records from their names: lower-case ASCII letters and digits joined by single hyphens. Accented
/// letters lose their accents ("Küster" is "kuster"), so an id reads as the name does. One rule for the API's writes
/// (<see cref="Unbounded"/>) and the reading's candidates (<see cref="Of"/>, at most 60 characters).
/// </summary>
public static class Slugs
{
    /// <summary>The slug of a name, at most 60 characters; "entity" when the name has no letter or digit.</summary>
    public static string Of(string name)
    {
        var slug = Unbounded(name);
        return slug.Length == 0 ? "entity" : slug[..Math.Min(slug.Length, 60)].TrimEnd('-');
    }

    /// <summary>The slug of a name, however long; empty when the name has no letter or digit.</summary>
    public static string Unbounded(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder(name.Length);
        foreach (var letter in name)
        {
            var c = Plain(letter);
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    /// <summary>The Latin letters with accents (Latin-1 and Latin Extended-A), and the plain letter each is written with.</summary>
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";

    private const string PlainLetters = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";

    /// <summary>
    /// A letter without its accent, from a table rather than <see cref="string.Normalize()"/>: the build runs with
    /// invariant globalization, where normalization leaves accented letters as they are (and the id lost them).
    /// </summary>
    private static char Plain(char letter) => Accented.IndexOf(letter, StringComparison.Ordinal) is var at and >= 0 ? PlainLetters[at] : letter;
}
