using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClinicService.Data;

/// <summary>
/// Encrypts identifier columns with AES-GCM before EF Core writes them. In production the key comes from a
/// key vault through configuration; this sample's database lives in memory, so a fresh key per run will do.
/// </summary>
public static class ColumnEncryption
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private static readonly byte[] Key = LoadKey();

    public static readonly ValueConverter<string, string> Converter = new(plain => Encrypt(plain), stored => Decrypt(stored));

    private static string Encrypt(string plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var plainBytes = System.Text.Encoding.UTF8.GetBytes(plain);
        var cipher = new byte[plainBytes.Length];
        var tag = new byte[TagSize];
        using var aes = new AesGcm(Key, TagSize);
        aes.Encrypt(nonce, plainBytes, cipher, tag);
        return Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    private static string Decrypt(string stored)
    {
        var bytes = Convert.FromBase64String(stored);
        var plain = new byte[bytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(Key, TagSize);
        aes.Decrypt(bytes.AsSpan(0, NonceSize), bytes.AsSpan(NonceSize + TagSize), bytes.AsSpan(NonceSize, TagSize), plain);
        return System.Text.Encoding.UTF8.GetString(plain);
    }

    private static byte[] LoadKey()
        => Environment.GetEnvironmentVariable("CLINIC_COLUMN_KEY") is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : RandomNumberGenerator.GetBytes(32);
}
