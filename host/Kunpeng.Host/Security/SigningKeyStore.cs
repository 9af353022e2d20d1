using System.Security.Cryptography;
using Kunpeng.Registry;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Kunpeng.Host.Security;

/// <summary>
/// The key local tokens are signed with: from configuration, or generated once and kept in the
/// registry so issued tokens stay valid across restarts.
/// </summary>
public sealed class SigningKeyStore
{
    private const string KeyId = "auth.signing-key";

    public SigningKeyStore(IRegistry registry, IOptions<AuthOptions> options)
    {
        var configured = options.Value.SigningKey;
        byte[] key;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            key = Convert.FromBase64String(configured);
            if (key.Length < 32)
            {
                throw new InvalidOperationException("Kunpeng:Auth:SigningKey must be at least 32 bytes (base64).");
            }
        }
        else
        {
            // Straight to the registry, not the write path: a secret, which must never reach the audit trail.
            key = registry.Write(tx =>
            {
                var settings = tx.Records(StoredSetting.Set);
                var stored = settings.FindForUpdate(KeyId);
                if (stored is null)
                {
                    stored = new StoredSetting { Id = KeyId, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)) };
                    settings.Insert(stored);
                }

                return Convert.FromBase64String(stored.Value);
            });
        }

        Key = new SymmetricSecurityKey(key) { KeyId = "kunpeng-local" };
    }

    public SymmetricSecurityKey Key { get; }

    /// <summary>A host setting kept in the registry (<c>settings</c>).</summary>
    public sealed class StoredSetting : IRecord
    {
        public static readonly RecordSet<StoredSetting> Set = new("settings");

        public string Id { get; set; } = "";
        public string Value { get; set; } = "";
    }
}
