using System.Text.Json;
using System.Text.Json.Serialization;
using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// Reads a profile straight from the UTF-8 JSON, token by token: no intermediate document, no
/// reflection, and every bad value recorded (see <see cref="ProfileInput.ReadErrors"/>) instead of
/// thrown. Only a profile that is not a JSON object at all is thrown, as a <see cref="ProfileShapeException"/>.
/// Names outside the shared vocabulary are kept raw in <see cref="ProfileInput.OtherFacts"/>.
/// </summary>
public sealed class ProfileInputConverter : JsonConverter<ProfileInput>
{
    // Longer names are read as strings; none of the vocabulary comes near this.
    private const int NameBuffer = 64;

    /// <inheritdoc />
    public override ProfileInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ProfileShapeException($"A profile must be a JSON object of facts, not {JsonFactReader.Describe(reader.TokenType)}.");
        }

        var p = new ProfileInput();
        Span<char> buffer = stackalloc char[NameBuffer];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            ReadOnlySpan<char> name = length <= NameBuffer ? buffer[..reader.CopyString(buffer)] : reader.GetString().AsSpan();
            reader.Read();
            switch (name)
            {
                case "residentId": p.ResidentId = JsonFactReader.String(ref reader, p, FactPath.Of("residentId")); break;
                case "birthDate": p.BirthDate = JsonFactReader.Date(ref reader, p, FactPath.Of("birthDate")); break;
                case "gender": p.Gender = JsonFactReader.Enum<Gender>(ref reader, p, FactPath.Of("gender")); break;
                case "educationLevel": p.EducationLevel = JsonFactReader.Enum<EducationLevel>(ref reader, p, FactPath.Of("educationLevel")); break;
                case "professionalTitle": p.ProfessionalTitle = JsonFactReader.Enum<ProfessionalTitle>(ref reader, p, FactPath.Of("professionalTitle")); break;
                case "vocationalLevel":
                    p.VocationalLevel = JsonFactReader.GradeOrNone(ref reader, p, FactPath.Of("vocationalLevel"), 1, 5, out var noVocationalQualification);
                    p.HoldsNoVocationalQualification = noVocationalQualification;
                    break;
                case "practisingGrade":
                    p.PractisingGrade = JsonFactReader.GradeOrNone(ref reader, p, FactPath.Of("practisingGrade"), 1, 2, out var noPractisingQualification);
                    p.HoldsNoPractisingQualification = noPractisingQualification;
                    break;
                case "professionalManagerCertified": p.ProfessionalManagerCertified = JsonFactReader.Boolean(ref reader, p, FactPath.Of("professionalManagerCertified")); break;
                case "divisionLevelSince": p.DivisionLevelSince = JsonFactReader.Date(ref reader, p, FactPath.Of("divisionLevelSince")); break;
                case "sectionChiefSince": p.SectionChiefSince = JsonFactReader.Date(ref reader, p, FactPath.Of("sectionChiefSince")); break;
                case "sectionRankFiled": p.SectionRankFiled = JsonFactReader.Boolean(ref reader, p, FactPath.Of("sectionRankFiled")); break;
                case "grassrootsYears": p.GrassrootsYears = JsonFactReader.Number(ref reader, p, FactPath.Of("grassrootsYears")); break;
                case "reserveCadre": p.ReserveCadre = JsonFactReader.Boolean(ref reader, p, FactPath.Of("reserveCadre")); break;
                case "teachingYears": p.TeachingYears = JsonFactReader.Number(ref reader, p, FactPath.Of("teachingYears")); break;
                case "isPrincipal": p.IsPrincipal = JsonFactReader.Boolean(ref reader, p, FactPath.Of("isPrincipal")); break;
                case "hasPrincipalQualification": p.HasPrincipalQualification = JsonFactReader.Boolean(ref reader, p, FactPath.Of("hasPrincipalQualification")); break;
                case "papers": p.Papers = ProfileRecordsReader.Papers(ref reader, p); break;
                case "hasMonograph": p.HasMonograph = JsonFactReader.Boolean(ref reader, p, FactPath.Of("hasMonograph")); break;
                case "researchProjects": p.ResearchProjects = ProfileRecordsReader.ResearchProjects(ref reader, p); break;
                case "keyProjects": p.KeyProjects = ProfileRecordsReader.KeyProjects(ref reader, p); break;
                case "majorProjectParticipant": p.MajorProjectParticipant = JsonFactReader.Boolean(ref reader, p, FactPath.Of("majorProjectParticipant")); break;
                case "frontlineWork": p.FrontlineWork = JsonFactReader.Boolean(ref reader, p, FactPath.Of("frontlineWork")); break;
                case "managementYears": p.ManagementYears = JsonFactReader.Number(ref reader, p, FactPath.Of("managementYears")); break;
                case "enterpriseRole": p.EnterpriseRole = JsonFactReader.Enum<EnterpriseRole>(ref reader, p, FactPath.Of("enterpriseRole")); break;
                case "honours": p.Honours = ProfileRecordsReader.Honours(ref reader, p); break;
                case "associationMembership": p.AssociationMembership = JsonFactReader.Enum<AssociationMembership>(ref reader, p, FactPath.Of("associationMembership")); break;
                case "cultureField": p.CultureField = JsonFactReader.Enum<CultureField>(ref reader, p, FactPath.Of("cultureField")); break;
                case "socialWorkYears": p.SocialWorkYears = JsonFactReader.Number(ref reader, p, FactPath.Of("socialWorkYears")); break;
                case "apprenticesTrained": p.ApprenticesTrained = JsonFactReader.Integer(ref reader, p, FactPath.Of("apprenticesTrained"), 0); break;
                case "enterprise": p.Enterprise = EnterpriseReader.Read(ref reader, p); break;
                default:
                    (p.OtherFacts ??= new(StringComparer.Ordinal))[name.ToString()] = JsonElement.ParseValue(ref reader);
                    break;
            }
        }

        return p;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ProfileInput value, JsonSerializerOptions options) =>
        ProfileInputWriter.Write(writer, value);
}
