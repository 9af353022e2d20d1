using System.Security.Cryptography;
using Kunpeng.Host.Registry;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Kunpeng.Host.Security;

/// <summary>
/// The key local tokens are signed with: from configuration, or generated once and kept in the
/// registry so issued tokens stay valid across restarts.
/// </summary>
public sealed class SigningKeyStore
{
    private const string SettingsCollection = "settings";
    private const string KeyId = "auth.signing-key";

    public SigningKeyStore(RegistryDatabase registry, IOptions<AuthOptions> options)
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
            key = registry.Write(db =>
            {
                var settings = db.GetCollection<StoredSetting>(SettingsCollection);
                var stored = settings.FindById(KeyId);
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

    /// <summary>A host setting kept in the registry.</summary>
    public sealed class StoredSetting
    {
        public string Id { get; set; } = "";
        public string Value { get; set; } = "";
    }
}
