using BalkanMeetings.Web.Features.Editing;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Tests.Components;

public sealed class EditFormComponentTests : BunitContext
{
    private static readonly Dictionary<string, string> NoErrors = [];

    [Fact]
    public void Participant_rows_show_each_message_beside_its_own_row_and_field()
    {
        var rows = new[]
        {
            new ParticipantRow("0", "11", "Jens Stoltenberg", null, new() { Person = "Jens Stoltenberg", Role = "", Organization = "NATO" }),
            new ParticipantRow("1", "12", "Not identified (Secretary General)", "The article names only the office.", new() { Person = "", Role = "Secretary General", Organization = "NATO", Remove = true }),
            new ParticipantRow(ParticipantRow.NewKey, null, "Add a participant", null, new() { Person = "Nobody Known", Role = "Envoy", Organization = "EU" }),
        };

        var document = Render<ParticipantFields>(p => p
            .Add(c => c.Rows, rows)
            .Add(c => c.Errors, new Dictionary<string, string> { ["Role-0"] = "Give the role.", ["Person-new"] = "No one called “Nobody Known” is in the database.", ["Row-1"] = "Reload the page." })
            .Add(c => c.PeopleList, "people-names"));

        var fieldsets = document.FindAll("fieldset.participant-row");
        Assert.Equal(["Give the role."], fieldsets[0].QuerySelectorAll(".field-error").Select(e => e.TextContent));
        Assert.Equal(["Reload the page."], fieldsets[1].QuerySelectorAll(".field-error").Select(e => e.TextContent));
        Assert.Equal(["No one called “Nobody Known” is in the database."], fieldsets[2].QuerySelectorAll(".field-error").Select(e => e.TextContent));
        Assert.Equal("field-Role-0", fieldsets[0].QuerySelector(".field.invalid input")!.Id);
        Assert.Equal("error-Role-0", document.Find("#field-Role-0").GetAttribute("aria-describedby"));
        Assert.Equal("Nobody Known", document.Find("#field-Person-new").GetAttribute("value"));
        Assert.Equal("The article names only the office.", fieldsets[1].QuerySelector(".hint")!.TextContent);
        Assert.Equal(("Input.Rows[1].Id", "12"), (fieldsets[1].QuerySelector("input[type=hidden]")!.GetAttribute("name"), fieldsets[1].QuerySelector("input[type=hidden]")!.GetAttribute("value")));
        Assert.True(fieldsets[1].QuerySelector("input[name='Input.Rows[1].Remove']")!.HasAttribute("checked"));
        Assert.Equal("Input.New.Person", document.Find("#field-Person-new").GetAttribute("name"));
        Assert.Null(fieldsets[2].QuerySelector("input[type=hidden], input[type=checkbox]"));
        Assert.All(document.FindAll("input[name$=Person]"), i => Assert.Equal("people-names", i.GetAttribute("list")));
    }

    [Fact]
    public void Markup_typed_into_a_row_is_rendered_as_text()
    {
        var document = Render<ParticipantFields>(p => p
            .Add(c => c.Rows, new[] { new ParticipantRow("0", "1", "<b>Jens</b>", null, new() { Person = "\"><script>alert(1)</script>", Role = "Role", Organization = "NATO" }) })
            .Add(c => c.Errors, NoErrors)
            .Add(c => c.PeopleList, "people-names"));

        Assert.Empty(document.FindAll("script, legend b"));
        Assert.Equal("<b>Jens</b>", document.Find("legend").TextContent);
        Assert.Equal("\"><script>alert(1)</script>", document.Find("#field-Person-0").GetAttribute("value"));
    }

    [Fact]
    public void A_field_shows_its_hint_and_its_message_and_names_them_for_its_control()
    {
        var errors = new Dictionary<string, string> { ["City"] = "Keep the city under 100 characters." };
        RenderFragment control = builder => builder.AddMarkupContent(0, $"<input id=\"field-City\" aria-describedby=\"{EditField.DescribedBy("City", errors, hint: true)}\" />");

        var document = Render<EditField>(p => p
            .Add(c => c.Name, "City")
            .Add(c => c.Label, "City")
            .Add(c => c.Hint, "Where it was held.")
            .Add(c => c.Errors, errors)
            .Add(c => c.ChildContent, control));

        var field = document.Find("div.field.invalid");
        Assert.Equal("field-City", field.QuerySelector("label")!.GetAttribute("for"));
        Assert.Equal("Where it was held.", field.QuerySelector("#hint-City")!.TextContent);
        Assert.Equal("Keep the city under 100 characters.", field.QuerySelector("#error-City")!.TextContent);
        Assert.Equal("hint-City error-City", field.QuerySelector("input")!.GetAttribute("aria-describedby"));
        Assert.Null(EditField.DescribedBy("City", NoErrors));
    }

    [Fact]
    public void Choices_tick_what_is_chosen_and_carry_the_message()
    {
        var document = Render<EditChoices>(p => p
            .Add(c => c.Name, "Countries")
            .Add(c => c.InputName, "Input.Countries")
            .Add(c => c.Legend, "Countries")
            .Add(c => c.Choices, new[] { KeyValuePair.Create("AL", "Albania"), KeyValuePair.Create("RS", "Serbia") })
            .Add(c => c.Chosen, new List<string> { "RS" })
            .Add(c => c.Errors, new Dictionary<string, string> { ["Countries"] = "Choose countries from the list." }));

        var fieldset = document.Find("fieldset#field-Countries.invalid");
        Assert.Equal(["RS"], fieldset.QuerySelectorAll("input:checked").Select(i => i.GetAttribute("value")));
        Assert.All(fieldset.QuerySelectorAll("input"), i => Assert.Equal("Input.Countries", i.GetAttribute("name")));
        Assert.Equal(["Albania", "Serbia"], fieldset.QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
        Assert.Equal("error-Countries", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal("Choose countries from the list.", fieldset.QuerySelector("#error-Countries")!.TextContent);
    }

    [Fact]
    public void Choices_with_nothing_to_tick_say_so()
    {
        var document = Render<EditChoices>(p => p
            .Add(c => c.Name, "Initiatives")
            .Add(c => c.InputName, "Input.Initiatives")
            .Add(c => c.Legend, "Initiatives")
            .Add(c => c.Choices, Array.Empty<KeyValuePair<string, string>>())
            .Add(c => c.Chosen, Array.Empty<string>())
            .Add(c => c.Errors, NoErrors)
            .Add(c => c.EmptyText, "No initiative is linked to this meeting."));

        Assert.Empty(document.FindAll("ul"));
        Assert.Equal("No initiative is linked to this meeting.", document.Find(".empty-note").TextContent);
    }
}
