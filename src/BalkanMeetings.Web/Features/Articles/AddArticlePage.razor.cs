using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import;
using BalkanMeetings.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace BalkanMeetings.Web.Features.Articles;

/// <summary>
/// Adding an article from the browser: the editor pastes or uploads it and previews what the importer reads in it,
/// then imports exactly what was previewed, and lands on the meeting. See docs/editing.md#adding-an-article.
/// </summary>
public sealed partial class AddArticlePage
{
    private ArticlePreview? _preview;
    private PreviewMarks? _marks;
    private ImportedArticle? _imported;
    private bool _unavailable;

    /// <summary>True when the editor asked to import a text or details other than those previewed: previewed again instead.</summary>
    private bool _changed;

    // Bound from a posted form (its fields are named Input.*); a new, empty one when none was posted.
    private ArticleForm Input => Bound ??= new();

    [SupplyParameterFromForm(Name = "Input")]
    private ArticleForm? Bound { get; set; }

    [Inject]
    private ArticleIntake Intake { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private async Task SubmitAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await Intake.OpenAsync(cancellationToken) is not { } import)
        {
            _unavailable = true;
            return;
        }

        var request = HttpContext.Request;
        var upload = request.HasFormContentType ? request.Form.Files.GetFile(ArticleForm.FileInput) : null;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = await Input.ReadAsync(upload, DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), errors, cancellationToken);
        if (file is null)
        {
            Result = EditResult.Invalid(errors);
            return;
        }

        if (Input.Action == ArticleForm.ImportAction)
        {
            // What was previewed is imported, or nothing: another text or other details are previewed first.
            _changed = file.ContentHash != Input.PreviewedHash;
            if (!_changed && await ImportAsync(import, file, errors))
            {
                return;
            }
        }

        if (errors.Count > 0)
        {
            Result = EditResult.Invalid(errors);
            return;
        }

        _preview = await import.PreviewAsync(file, cancellationToken);
        _marks = new PreviewMarks(_preview.Extracted);
    }

    /// <summary>
    /// Imports the article; true when that is done with, imported or refused by the database (busy with another write
    /// past the wait, or full: nothing is written, and the form says so); false when it is shown again instead (the
    /// same text is stored already, or it reports no meeting).
    /// </summary>
    private async Task<bool> ImportAsync(SingleArticleImport import, ArticleFile file, Dictionary<string, string> errors)
    {
        try
        {
            _imported = await import.ImportAsync(file, await CurrentEditor.GetAsync(), HttpContext.RequestAborted);
        }
        catch (BadArticleException e)
        {
            errors[ArticleForm.TextField] = e.Message;
            return false;
        }
        catch (Exception e) when (DatabaseWrites.IsBusy(e) || DatabaseWrites.IsFull(e))
        {
            Result = DatabaseWrites.IsBusy(e) ? EditResult.Busy : EditResult.NotWritten;
            return true;
        }

        if (_imported is null)
        {
            return false;
        }

        // See Other: the browser asks for the meeting with a GET, and going back does not post the article again.
        HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        HttpContext.Response.Headers.Location = PublicUrls.Meeting(_imported.FirstMeeting);
        return true;
    }
}
