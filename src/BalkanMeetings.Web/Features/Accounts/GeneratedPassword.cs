using System.Security.Cryptography;

namespace BalkanMeetings.Web.Features.Accounts;

/// <summary>
/// The password the site makes for a new account, so no admin has to invent one: 20 random characters (about 116
/// bits), in groups of five and without look-alikes (0/O, 1/l/I), so it can be read out or copied by hand.
/// </summary>
public static class GeneratedPassword
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Create() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 5)));
}
