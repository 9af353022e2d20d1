using Kunpeng.Abstractions;

namespace Kunpeng.Host.Eligibility.Profiles;

/// <summary>
/// Turns a read profile into the <see cref="CandidateProfile"/> plugins see, or into the list of
/// what is wrong with it, by path inside the profile. Beyond what reading already caught: the
/// resident ID (and the birth date and gender it implies), birth dates in the future, and facts
/// outside the shared vocabulary, which must be declared by a targeted plugin and fit its declaration.
/// </summary>
public static class ProfileValidator
{
    /// <summary>Validates <paramref name="input"/>.</summary>
    /// <param name="input">The profile as read.</param>
    /// <param name="schema">The facts the targeted plugins declare.</param>
    /// <param name="today">Birth dates after this day are refused.</param>
    /// <param name="profile">The candidate's facts, when valid.</param>
    /// <param name="errors">Each problem as (path inside the profile, reason), when not valid.</param>
    public static bool TryValidate(
        ProfileInput input, FactSchema schema, DateOnly today, out CandidateProfile? profile, out List<KeyValuePair<string, string>>? errors)
    {
        errors = input.ReadErrors is { } readErrors ? [.. readErrors] : null;
        var birthDate = input.BirthDate;
        var gender = input.Gender;
        if (input.ResidentId is { } residentId)
        {
            if (ResidentIdentityNumber.TryParse(residentId, today, out var id, out var error))
            {
                // The ID is the document the bureau verifies; a birth date or gender typed beside it
                // that disagrees is a data-entry mistake to fix, not a value to pick between.
                if (birthDate is { } given && given != id.BirthDate)
                {
                    Add(ref errors, "birthDate", $"{given:yyyy-MM-dd} disagrees with the birth date in residentId ({id.BirthDate:yyyy-MM-dd}).");
                }

                if (gender is { } givenGender && givenGender != id.Gender)
                {
                    Add(ref errors, "gender", $"'{KebabEnum<Gender>.NameOf(givenGender)}' disagrees with residentId, whose 17th digit gives '{KebabEnum<Gender>.NameOf(id.Gender)}'.");
                }

                birthDate = id.BirthDate;
                gender = id.Gender;
            }
            else
            {
                Add(ref errors, "residentId", $"Not a valid resident ID: {ResidentIdentityNumber.Describe(error)}.");
            }
        }
        else if (birthDate > today)
        {
            Add(ref errors, "birthDate", $"{birthDate:yyyy-MM-dd} lies in the future.");
        }

        var additional = AdditionalFacts(input, schema, ref errors);
        if (errors is not null)
        {
            profile = null;
            return false;
        }

        profile = new CandidateProfile
        {
            BirthDate = birthDate,
            Gender = gender,
            EducationLevel = input.EducationLevel,
            ProfessionalTitle = input.ProfessionalTitle,
            VocationalLevel = input.VocationalLevel,
            HoldsNoVocationalQualification = input.HoldsNoVocationalQualification,
            PractisingGrade = input.PractisingGrade,
            HoldsNoPractisingQualification = input.HoldsNoPractisingQualification,
            ProfessionalManagerCertified = input.ProfessionalManagerCertified,
            DivisionLevelSince = input.DivisionLevelSince,
            SectionChiefSince = input.SectionChiefSince,
            SectionRankFiled = input.SectionRankFiled,
            GrassrootsYears = input.GrassrootsYears,
            ReserveCadre = input.ReserveCadre,
            TeachingYears = input.TeachingYears,
            IsPrincipal = input.IsPrincipal,
            HasPrincipalQualification = input.HasPrincipalQualification,
            Papers = input.Papers,
            HasMonograph = input.HasMonograph,
            ResearchProjects = input.ResearchProjects,
            KeyProjects = input.KeyProjects,
            MajorProjectParticipant = input.MajorProjectParticipant,
            FrontlineWork = input.FrontlineWork,
            ManagementYears = input.ManagementYears,
            EnterpriseRole = input.EnterpriseRole,
            Honours = input.Honours,
            AssociationMembership = input.AssociationMembership,
            CultureField = input.CultureField,
            SocialWorkYears = input.SocialWorkYears,
            ApprenticesTrained = input.ApprenticesTrained,
            Enterprise = input.Enterprise,
            AdditionalFacts = additional ?? Empty,
        };
        return true;
    }

    // Shared by every profile without additional facts: plugins only read it.
    private static readonly IReadOnlyDictionary<string, object> Empty = new Dictionary<string, object>(StringComparer.Ordinal);

    private static Dictionary<string, object>? AdditionalFacts(ProfileInput input, FactSchema schema, ref List<KeyValuePair<string, string>>? errors)
    {
        if (input.OtherFacts is not { Count: > 0 } others)
        {
            return null;
        }

        Dictionary<string, object>? facts = null;
        foreach (var (name, raw) in others)
        {
            if (raw.ValueKind == System.Text.Json.JsonValueKind.Null)
            {
                continue;
            }

            if (!schema.TryGetDeclared(name, out var definition))
            {
                if (schema.IsComplete)
                {
                    var suggestion = NameSuggestion.Closest(name, schema.KnownNames);
                    Add(ref errors, name,
                        $"Unknown fact: neither in the shared vocabulary nor declared by the targeted domain(s) ({string.Join(", ", schema.DomainIds)})." +
                        (suggestion is null ? "" : $" Did you mean '{suggestion}'?"));
                }

                continue;
            }

            if (DeclaredFactConverter.TryConvert(raw, definition, out var value, out var error))
            {
                (facts ??= new(StringComparer.Ordinal))[name] = value!;
            }
            else
            {
                Add(ref errors, name, error!);
            }
        }

        return facts;
    }

    private static void Add(ref List<KeyValuePair<string, string>>? errors, string path, string message) => (errors ??= []).Add(new(path, message));
}
