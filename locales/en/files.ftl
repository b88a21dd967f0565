# Why a file could not be read or written: said everywhere a file is
# named (content files, spreadsheets, results files, saved files).

files-thing-folder = a folder
files-thing-pipe = a named pipe (FIFO)
files-thing-socket = a socket
files-thing-device = a device
files-thing-special = a special file
files-not-regular = it is { $thing }, not a regular file
files-no-file = no such file
files-no-folder = the folder does not exist
files-permission-denied = permission denied
files-disk-full = the disk is full
files-read-only = the disk is read-only
files-a-folder = it is a folder, not a file
files-not-a-folder = it is a file, not a folder
# The system's own words, as it said them.
files-system = { $why }
files-path-why = { $path }: { $why }
files-saved-too-big = it is too big to be a careerfit file (the limit is { $limit })
files-saved-damaged = it is damaged and could not be read

# Saved results (`careerfit history`) and saved progress that could not
# be read: a warning, and the quiz goes on.
files-result-skipped-moved = A saved result was skipped ({ $why }); it was moved to { $aside }. Remove it if you did not put it there.
files-result-skipped = A saved result was skipped ({ $why }). Remove it if you did not put it there.
files-result-unreadable-kept = A saved result could not be read and was skipped ({ $path }); kept as { $aside }.
files-result-unreadable = A saved result could not be read and was skipped ({ $path }).
files-progress-damaged-kept = Your saved progress was damaged and could not be read; starting fresh. The damaged file was kept as { $aside }.
files-progress-damaged = Your saved progress was damaged and could not be read; starting fresh.
files-progress-odd-kept = Your saved progress could not be read ({ $why }); starting fresh. It was kept as { $aside }. Remove it if you did not put it there.
files-progress-odd = Your saved progress could not be read ({ $why }); starting fresh. Remove it if you did not put it there.
files-progress-unreadable = Your saved progress could not be read ({ $why }); starting fresh.

# `careerfit forget`: what it removes, the question first, then what it did.
forget-kind-workshops = workshop results
forget-kind-progress = saved progress
forget-kind-results = saved results
forget-kind-reports = reports
forget-link = { $folder } is a link to { $target }, not a folder, so nothing was removed: forget does not follow links out of careerfit's folders. Delete the careerfit files in { $target } yourself, or replace the link with a real folder and run forget again.
forget-link-unknown = { $folder } is a link to somewhere else, not a folder, so nothing was removed: forget does not follow links out of careerfit's folders. Delete the careerfit files in somewhere else yourself, or replace the link with a real folder and run forget again.
forget-refused = { $why }, so nothing was removed

# When something was saved (the history list, a reopened result, an
# unfinished quiz, a report). English shows the date as 2026-12-02.
files-month = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
files-date = { $iso }
files-when = { $date } { $time } UTC
forget-no-folder = No data folder is known here, so nothing is saved.
forget-no-workshops = There are no workshop results in { $folder }.
forget-nothing-but-workshops = No saved progress, results or reports on this computer.
forget-nothing = Nothing is saved on this computer.
forget-needs-terminal = forget asks first; run it in a terminal, or add --yes
forget-removes = This removes from this computer:
forget-ask = { $n ->
    [one] Remove it? [y/N]
   *[other] Remove them? [y/N]
}
forget-nothing-removed = Nothing was removed.
forget-removed = Removed:
forget-failed = { $n ->
    [one] 1 file could not be removed and is still there: { $why }
   *[other] { $n } files could not be removed and are still there: { $why }
}
forget-kind-line = { $what }: { $n ->
    [one] 1 file
   *[other] { $n } files
} in { $folder }
forget-workshops-kept = Workshop results are kept: { $n ->
    [one] 1 file
   *[other] { $n } files
} in { $folder }. To remove them too, run: careerfit forget --workshops
forget-left-alone = Left alone: { $folder } (a folder careerfit did not make).

# `careerfit history`: its refusals, and a warning line on stderr.
history-no-save = --no-save is on, so no history is read or kept
history-no-results = there are no saved results yet
history-no-such = there is no result { $n }; `careerfit history` lists 1 to { $count }

# Workshop results files (.jsonl): why one cannot be read or added to.
record-too-big = it is larger than { $limit }, the most careerfit reads as a results file; split it, or check it is the right file
record-would-be-too-big = these records would make it larger than { $limit }, the most careerfit reads as a results file; add them to a new results file

# Saving as the quiz goes (a line on the screen, a note in plain mode).
saving-progress-failed = Progress is not being saved ({ $why }); the quiz goes on.
saving-new-result = Saved as a new result; the old one stays as it was.
saving-result-failed = Your result could not be saved ({ $why }).
saving-clear-failed = Old progress could not be removed ({ $why }).
saving-report-off = Saving is off (--no-save), so no report was written.
saving-report-already = This report is already saved: { $files }
saving-report-saved = Report saved: { $files }
saving-report-failed = The report could not be saved ({ $why }).
files-one = { $file }
files-two = { $first } and { $second }
files-list = { $files }
# A line of a results file that was skipped: "file:line: skipped ...".
record-skipped-at = { $file }:{ $line }: { $what }
record-other-version = skipped a record of format version { $version } (this careerfit reads versions { $known } and { $lean }; a newer careerfit wrote it)
record-no-names = skipped a record whose names line ({ $id }) is not above it (lines were cut out of the file or moved); put back the whole file as it was written
record-torn = skipped an unfinished last line (the program writing it stopped mid-write)
record-not-a-record = skipped a line that is not a careerfit record ({ $why })
record-unfinished-batch = skipped { $n ->
    [one] 1 record
   *[other] { $n } records
} of a batch that never finished (score --answers-csv was stopped before its end); run it again to add them
record-more-skipped = … and { $n ->
    [one] 1 more skipped line
   *[other] { $n } more skipped lines
} (not listed)
record-a-folder = it is a folder, not a results file
record-cannot-read = cannot read results file { $file }: { $why }
record-not-results = { $file } is not a careerfit results file: none of its lines is a participant's record (a results file is what `careerfit workshop` or `careerfit score --answers-csv FILE --results OUT` writes: one participant's record per line)

# `careerfit score --answers-csv`: a spreadsheet of many people's answers.
# Rows and columns as a spreadsheet shows them (the header is row 1).
batch-summary = { $scored ->
    [one] 1 row
   *[other] { $scored } rows
} scored, { $problems ->
    [one] 1 row
   *[other] { $problems } rows
} with problems
batch-summary-blank = { $summary }, { $n ->
    [one] 1 blank row
   *[other] { $n } blank rows
} skipped
batch-row-problem = row { $row }: { $message }
batch-cell-problem = row { $row }, column { $column }: { $message }
batch-cell-problem-named = row { $row }, column { $column } ({ $header }): { $message }
batch-not-on-scale = { $cell } is not on the scale; use a whole number from 1 to 5
batch-not-an-option = { $cell } is not an option; use one of { $options } or 1 to { $n }
batch-no-header = { $cell } is in a column with no header; give the column a question id, or clear it
batch-nothing-answered = answers no question, so there is nothing to score
batch-header-repeats = column { $column } ({ $header }) repeats column { $first }; keep one of them
batch-header-unknown = column { $column } ({ $header }) is not a question of quiz "{ $quiz }"; rename it to a question id, or delete the column
batch-header-no-question = no column is a question of quiz "{ $quiz }"; the header row must hold question ids
batch-header-ids = the question ids are: { $ids }; and an optional "{ $participant }" column
batch-cannot-read = could not read { $file }: { $why }
batch-too-big = could not read { $file }: it is more than the 64 MiB a spreadsheet may be; split it into smaller sheets
batch-not-a-file = could not read { $file }: { $why }; give the spreadsheet's file (CSV)
batch-spill = could not write the scored records to a temporary file ({ $why }); nothing was added
batch-empty = { $file } is empty: its first row must be a header of question ids
batch-header =
    { $file }: the header row (row { $row }) has problems; nothing was scored:
    {"  "}{ $problems }
batch-header-lines =
    { $above }
    {"  "}{ $next }
batch-no-rows = { $file } has a header row but no rows of answers under it
batch-no-roles = there are no roles to match answers against
batch-error = error: { $error }
batch-results-needs-csv = --results works with --answers-csv (a spreadsheet of many people's answers); to score one answers file, leave out --results
batch-cannot-write = could not write the results to { $file }: { $why }; nothing was added
batch-not-results-file = could not write the results to { $file }: { $why }; give a results file (.jsonl)
batch-nothing-added = nothing was added to { $file }
batch-appended = results appended to { $file } (session "{ $session }")
batch-already-added = nothing was added: this sheet was already added to { $file } on { $when } ({ $n ->
    [one] 1 record
   *[other] { $n } records
}); adding it again would count those people twice
batch-had-problems = { $problems ->
    [one] 1 row of { $file } had problems (listed above) and was not scored
   *[other] { $problems } rows of { $file } had problems (listed above) and were not scored
}; { $scored ->
    [0] no row was
    [one] the 1 good row was
   *[other] the { $scored } good rows were
} scored
batch-more-problems = ... and { $n ->
    [one] 1 more row
   *[other] { $n } more rows
} with problems, not listed (only the first { $max } are)
# The table of scored rows: its headings.
batch-column-row = row
batch-column-participant = participant
batch-column-best = best fit
record-damaged-temp = a damaged temporary file
