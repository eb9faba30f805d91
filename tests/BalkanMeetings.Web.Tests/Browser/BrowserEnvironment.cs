namespace BalkanMeetings.Web.Tests.Browser;

/// <summary>
/// What the browser tests need from the machine: Debian's Chromium, Java, and axe-core and vnu-jar from npm. Where either is absent they
/// report themselves skipped, except under CI (CI=true), where .ci/run installs both and their absence is a failure.
/// </summary>
internal static class BrowserEnvironment
{
    /// <summary>Overrides the Chromium executable, e.g. with a missing file to check that the tests skip.</summary>
    public const string ChromiumVariable = "BALKANMEETINGS_CHROMIUM";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string AxeScriptPath => Path.Combine(TestsFolder, "npm", "node_modules", "axe-core", "axe.min.js");

    /// <summary>The Nu HTML Checker from npm (vnu-jar), which runs on Java.</summary>
    public static string VnuJarPath => Path.Combine(TestsFolder, "npm", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? JavaPath => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "java"))
        .FirstOrDefault(File.Exists);

    /// <summary>Full-page screenshots, one or more per browser test; git-ignored with every TestResults folder.</summary>
    public static string ArtifactsFolder => Path.Combine(TestsFolder, "TestResults", "browser");

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>What is missing, or null when the browser tests can run.</summary>
    public static string? Missing
    {
        get
        {
            List<string> missing = [];
            if (!File.Exists(ChromiumPath))
            {
                missing.Add($"Chromium is not at {ChromiumPath} (apt-get install chromium)");
            }

            if (!File.Exists(AxeScriptPath) || !File.Exists(VnuJarPath))
            {
                missing.Add($"axe-core or vnu-jar is missing under {Path.Combine(TestsFolder, "npm")} (npm ci --prefix tests/BalkanMeetings.Web.Tests/npm)");
            }

            if (JavaPath is null)
            {
                missing.Add("Java, which the HTML checker runs on, is not on the PATH (apt-get install default-jre-headless)");
            }

            return missing.Count == 0 ? null : string.Join("; ", missing) + ".";
        }
    }

    public static string? SkipReason => IsCi ? null : Missing;

    private static string TestsFolder => Path.Combine(TestPaths.RepositoryRoot, "tests", "BalkanMeetings.Web.Tests");
}
