using System.Text.Json;
using Kunpeng.Host.Problems;
using Kunpeng.Host.Workflow;

namespace Kunpeng.Host.Api;

/// <summary>A login: JSON body or OAuth 2.0 password-grant form.</summary>
/// <param name="UserName">Login name.</param>
/// <param name="Password">Password.</param>
public sealed record LoginRequest(string UserName, string Password)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<LoginRequest> ReadAsync(HttpRequest request)
    {
        string? userName;
        string? password;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync();
            }
            catch (InvalidDataException)
            {
                // Beyond the form reader's limits (key length, value count): the client's input, not a fault.
                throw new InputValidationException("body", "Send a password-grant form of grant_type, username and password.");
            }

            var grant = form["grant_type"].ToString();
            if (grant.Length > 0 && grant != "password")
            {
                throw new InputValidationException("grant_type", "Only the password grant is supported.");
            }

            userName = form["username"].ToString();
            password = form["password"].ToString();
        }
        else
        {
            LoginRequest? body;
            try
            {
                body = await request.ReadFromJsonAsync<LoginRequest>(Json);
            }
            catch (JsonException)
            {
                throw new InputValidationException("body", "Send JSON { \"userName\", \"password\" } or a password-grant form.");
            }

            userName = body?.UserName;
            password = body?.Password;
        }

        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(userName))
        {
            errors.Add("userName", "Required.");
        }

        if (string.IsNullOrEmpty(password))
        {
            errors.Add("password", "Required.");
        }

        errors.ThrowIfAny();
        return new LoginRequest(userName!, password!);
    }
}
