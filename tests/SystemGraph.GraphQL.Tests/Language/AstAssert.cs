using System.Collections;
using System.Reflection;
using SystemGraph.GraphQL.Language;

namespace SystemGraph.GraphQL.Tests.Language;

/// <summary>Structural AST equality: compares node kinds and every property except locations.</summary>
public static class AstAssert
{
    public static void Equal(ASTNode expected, ASTNode actual)
    {
        var difference = FindDifference(expected, actual, "$");
        Assert.True(difference is null, difference);
    }

    public static string? FindDifference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {expected ?? "null"} vs {actual ?? "null"}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: type {expected.GetType().Name} vs {actual.GetType().Name}";
        }

        if (expected is ASTNode)
        {
            foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.Name is nameof(ASTNode.Location) || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                var difference = FindDifference(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        if (expected is IList expectedList && actual is IList actualList)
        {
            if (expectedList.Count != actualList.Count)
            {
                return $"{path}: count {expectedList.Count} vs {actualList.Count}";
            }

            for (var i = 0; i < expectedList.Count; i++)
            {
                var difference = FindDifference(expectedList[i], actualList[i], $"{path}[{i}]");
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        return Equals(expected, actual) ? null : $"{path}: {expected} vs {actual}";
    }
}
