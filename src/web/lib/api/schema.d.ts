// Generated from the OpenAPI document by `npm run web:api`; do not edit.
export interface paths {
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who changed what, when, with the values before and after (admin, office)
     * @description Newest first. entity=task&entityId=N returns the task’s history including its progress, extensions and deadline changes. Entries of accounts (entity=user) are for admins only: the office gets 403 asking for them, and never sees them in a list.
     */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with e-mail and password; answers an access token (for API clients) */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out: ends this session only (cookie or bearer token) and clears the cookies
     * @description With the session cookie, send X-CSRF-Token equal to the ubnd_csrf cookie (403 otherwise); bearer tokens need none.
     */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user (bearer token or session cookie) */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change one’s own password; ends every other session of the account
     * @description Answers fresh credentials for this client: a new bearer token, or new cookies for a browser session. With the session cookie, send X-CSRF-Token equal to the ubnd_csrf cookie (403 otherwise); bearer tokens need none.
     */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in a browser: sets the session cookies and answers the user, never a token
     * @description Sets `ubnd_session` (HttpOnly, SameSite=Strict, Secure when APP_URL is https) and `ubnd_csrf` (readable, SameSite=Strict). With the session cookie, send X-CSRF-Token equal to the ubnd_csrf cookie (403 otherwise); bearer tokens need none.
     */
    post: operations['AuthController_session'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar-feeds/{token}/deadlines.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A department's open task deadlines as iCalendar (all-day events); no sign-in, the token is the key */
    get: operations['DeadlineCalendarController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/add-working-days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The date N working days after a date, counting from the next day
     * @description Weekends, holidays, Tết, compensatory and swapped days off are skipped and make-up Saturdays count, from config/holidays.json; years it does not list follow the Labour Code rules (unconfirmed).
     */
    get: operations['CalendarController_addWorkingDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/holidays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The days off of a year with their names, and its make-up working weekend days
     * @description Years not announced by the government are computed from the Labour Code rules and marked unconfirmed.
     */
    get: operations['CalendarController_holidays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/lunar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Vietnamese lunar date (UTC+7) of a calendar date, with the Can Chi name of its year */
    get: operations['CalendarController_lunar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/solar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The calendar date of a Vietnamese lunar date */
    get: operations['CalendarController_solar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Departments, districts and other bodies that lead or cooperate on tasks */
    get: operations['DepartmentsController_list'];
    put?: never;
    /** Adds a department (admin) */
    post: operations['DepartmentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/departments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DepartmentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits a department (admin) */
    patch: operations['DepartmentsController_update'];
    trace?: never;
  };
  '/api/departments/{id}/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The secret address of a department's deadline calendar (office; the department's users) */
    get: operations['DeadlineCalendarController_address'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/departments/{id}/calendar/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replaces the secret calendar address; the old one answers 404 (office) */
    post: operations['DeadlineCalendarController_rotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/departments/{id}/reminder-letter.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Draft reminder letter (công văn đôn đốc) to a unit: its overdue and soon-due tasks on asOf (office, leader) */
    get: operations['WordDocumentsController_reminderLetter'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/departments/{id}/succession': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Records that the unit was merged into another (admin, office)
     * @description In one transaction: the open tasks the unit leads or cooperates on (not cancelled, and not completed with the completion confirmed; a recurring task with its open occurrences) pass to the successor in the same role, each change kept in the task history; the accounts of the unit move to the successor; the pending reminders are re-planned for the successor; the unit becomes inactive and names its successor. Closed tasks keep the unit, and reports cut off before `effectiveOn` attribute tasks to it.
     */
    post: operations['DepartmentsController_succeed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/departments/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The groups documents assign to as a whole, with their active member units
     * @description Các sở, ban, ngành (kinds department and agency); UBND các huyện, thành phố (district); các xã, phường (commune). A unit merged into another is no longer a member.
     */
    get: operations['DepartmentsController_groups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/digests/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run the current period's digest now
     * @description Records one digest per department with overdue or due-soon tasks and the office summary for today (APP_TIMEZONE), and queues them. Each recipient gets a period’s digest once, however often this runs.
     */
    post: operations['DigestsController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assigning documents (văn bản giao nhiệm vụ), latest issued first */
    get: operations['DocumentsController_list'];
    put?: never;
    /** Records an assigning document (admin, office) */
    post: operations['DocumentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits an assigning document, e.g. fills in a placeholder’s number (admin, office) */
    patch: operations['DocumentsController_update'];
    trace?: never;
  };
  '/api/documents/{id}/draft-tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Draft tasks from the text of an assigning document (office); saves nothing
     * @description Deadlines count from the date the document was issued.
     */
    post: operations['ExtractionController_draftDocumentTasks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}/tasks/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create the reviewed drafts as tasks of an assigning document, all or none (office) */
    post: operations['ExtractionController_createDocumentTasks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What awaits the signed-in user’s action (Việc chờ xử lý): extension decisions for a leader; completions to confirm and requests to forward for the office; overdue, due-soon and returned tasks for a unit */
    get: operations['InboxController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Indicator names reported across sessions, one per series (small wording differences folded) */
    get: operations['ExtractionController_indicators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/indicators/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The values of one indicator per session, oldest first, with units and canonical values */
    get: operations['ExtractionController_series'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/leaders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active leader accounts (Chủ tịch, Phó Chủ tịch) with their sectors, the chairman first (every role) */
    get: operations['LeadersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every planned, sent, failed or cancelled e-mail
     * @description Reminders, overdue notices, department digests and office summaries, most recent first.
     */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits a report (admin, office, or the reporting department itself) */
    patch: operations['ReportsController_update'];
    trace?: never;
  };
  '/api/reports/{id}/extract-indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Proposed indicators from a report's text (its body when no text is sent); saves nothing
     * @description A department user may read only its own reports this way.
     */
    post: operations['ExtractionController_extractIndicators'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/frozen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Frozen period reports, newest first */
    get: operations['PeriodsController_listFrozen'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/frozen/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A frozen period report with its task rows, as it was frozen
     * @description The bare code (BC-2024-01) names the latest revision; BC-2024-01-r2 a given one. A department user gets the province totals and its own unit row (without rank) only; other roles get every unit.
     */
    get: operations['PeriodsController_frozen'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/frozen/{code}/report.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A frozen period report as Excel, the same cell values every time */
    get: operations['PeriodWorkbookController_frozen'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/period': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Figures of a reporting period, classified at its cut-off, for the province and per unit
     * @description Give kind, year and number (a year needs no number), or from and to. Tasks in scope: assigned (the document's issuedOn) on or before the cut-off date, and either assigned in the period or still open at its start (completedOn not before it, not cancelled before it). Each is classified as of the cut-off instant (cutoffAt: the end of the last day in APP_TIMEZONE, or now for a period not ended): completed when its completedOn is on or before the cut-off date (awaiting confirmation until the office confirms it; on time when completedOn ≤ the deadline date in force at the cut-off, after extensions recorded by then), else overdue when the deadline in force ended before the cut-off, else within deadline; standing tasks apart; cancelled if cancelled by the cut-off. A unit counts the tasks it leads. A department user gets the province totals and its own unit row (without rank) only; other roles get every unit. `previous` is the previous period of the same kind: its latest frozen report when one exists.
     */
    get: operations['PeriodsController_period'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/period.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The period report as Excel: Phụ lục I (tasks by group) and Phụ lục II (units, with the total)
     * @description Same parameters and scoping as GET /api/reports/period (a department gets its own rows).
     */
    get: operations['PeriodWorkbookController_period'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/period/freeze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Freezes an ended period: stores its figures and task rows under a code (admin, office)
     * @description Codes: BC-2024-01 (month), BC-2024-Q1, BC-2024-H1, BC-2024 (year). Freezing a period again needs a reason and gives -r2, -r3…; the bare code names the latest. Later changes to tasks never alter a frozen report.
     */
    post: operations['PeriodsController_freeze'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sessions of the People’s Committee, latest first unless sorted otherwise */
    get: operations['SessionsController_list'];
    put?: never;
    /** Records a session (admin, office) */
    post: operations['SessionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One session with its attendee, report and task counts */
    get: operations['SessionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits a session (admin, office); the status moves only forward */
    patch: operations['SessionsController_update'];
    trace?: never;
  };
  '/api/sessions/{id}/attendees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who attended the session */
    get: operations['AttendeesController_list'];
    put?: never;
    /** Adds an attendee (admin, office) */
    post: operations['AttendeesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/attendees/{attendeeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Removes an attendee (admin, office) */
    delete: operations['AttendeesController_remove'];
    options?: never;
    head?: never;
    /** Edits an attendee (admin, office) */
    patch: operations['AttendeesController_update'];
    trace?: never;
  };
  '/api/sessions/{id}/carried-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tasks of earlier sessions still open or completed since the previous session, by lead unit (a department: its own unit) */
    get: operations['SessionsController_carriedOver'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/conclusion-notice.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Draft conclusion notice (thông báo kết luận) of a session in the Nghị định 30/2020 layout (office, leader) */
    get: operations['WordDocumentsController_conclusionNotice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/draft-tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Draft tasks from the text of a conclusion (office); saves nothing
     * @description Deadlines count from the notice date of the session, else the day it was held. Spans are UTF-16 indices into the text as received.
     */
    post: operations['ExtractionController_draftTasks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Department reports presented at the session */
    get: operations['ReportsController_list'];
    put?: never;
    /** Submits a report (admin, office, or the reporting department itself) */
    post: operations['ReportsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/tasks/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create the reviewed drafts of a session as tasks, all or none (office) */
    post: operations['ExtractionController_createTasks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Task counts by status for each department, counting the tasks it leads
     * @description Filters: sessionId, documentId, leaderId; from/to or period select tasks by assignment date (the assigning document's issuedOn, inclusive; never when the row was created). Each task is classified by its status now (for the figures as of a period cut-off, see /api/reports/period). due = doneOnTime + doneLate + overdue; completionRate = (doneOnTime + doneLate) / due, onTimeRate = doneOnTime / due, overdueRate = overdue / due: unrounded fractions 0–1, null when due is 0, computed by the same function as the period report. dueSoon counts open tasks whose deadline is at most DUE_SOON_DAYS away. A department user gets only its own row.
     */
    get: operations['StatsController_departments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stats/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Task counts by status over all tasks (for a department user: the tasks it leads)
     * @description Same filters, counts and rates as /api/stats/departments, over all the tasks counted.
     */
    get: operations['StatsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tasks, filtered and sorted; a department sees the tasks it leads or cooperates on */
    get: operations['TasksController_list'];
    put?: never;
    /** Create a task (office) */
    post: operations['TasksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The task list as CSV (UTF-8 with BOM): every row GET /api/tasks matches for the same filters and caller
     * @description page and limit are ignored; the rows come in the list order (sort).
     */
    get: operations['TasksCsvController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TasksController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit an open task (office); a deadline change is kept in its history */
    patch: operations['TasksController_update'];
    trace?: never;
  };
  '/api/tasks/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The task’s evidence files, oldest first, each with the completion it belongs to (null until linked) (whoever may see the task) */
    get: operations['AttachmentsController_list'];
    put?: never;
    /** Upload one evidence file (lead unit or office, open task): PDF, DOCX or XLSX, at most 20 MB, checked by content. Link it to the completion with attachmentIds in POST /api/tasks/{id}/progress. */
    post: operations['AttachmentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an attachment (whoever may see the task) */
    get: operations['AttachmentsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an open task (office) */
    post: operations['TasksController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a completion the lead unit reported (office): it counts as done, on time or late by completedOn */
    post: operations['TasksController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/deadlines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Earlier deadlines of the task, newest change first */
    get: operations['TasksController_listDeadlines'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/extensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Extension requests and their decisions, newest first */
    get: operations['TasksController_listExtensions'];
    put?: never;
    /** Request a later deadline (lead department or office) */
    post: operations['TasksController_requestExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/extensions/{extensionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TasksController_getExtension'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/extensions/{extensionId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a pending request: the requested deadline applies (the leader in charge or the chairman; the office only where EXTENSION_DECIDERS includes office) */
    post: operations['TasksController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/extensions/{extensionId}/forward': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Forward a pending request to the deciding leader with the office’s opinion (office) */
    post: operations['TasksController_forward'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/extensions/{extensionId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a pending request with a note (the leader in charge or the chairman; the office only where EXTENSION_DECIDERS includes office) */
    post: operations['TasksController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The task’s own history, oldest first: assignment, edits and deadline changes, progress, extension requests and decisions, completion, confirmation or return, attachments (whoever may see the task) */
    get: operations['TaskHistoryController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/occurrences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Occurrences of a recurring task in deadline order, each with its own deadline, status, completion and allowedActions (empty for other kinds) */
    get: operations['TasksController_listOccurrences'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress updates, newest first */
    get: operations['TasksController_listProgress'];
    put?: never;
    /** Post progress; completed: true reports the completion with its actual date and result. With CONFIRM_COMPLETION=on a lead unit’s completion awaits the office’s confirmation; the office’s own counts at once */
    post: operations['TasksController_addProgress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A task's reminders and overdue notices, in the order they are due */
    get: operations['NotificationsController_listForTask'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/tasks/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return a reported completion with a reason (office): the task reopens and its reminders are planned again */
    post: operations['TasksController_returnCompletion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts (admin) */
    get: operations['UsersController_list'];
    put?: never;
    /** Create an account (admin) */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an account: role, department, password, or deactivate it (admin) */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Database and Redis state
     * @description Answers 503 when the database is down. Redis being down is reported but keeps 200: the API still serves and reminders are sent once it is back.
     */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AddProgressDto: {
      /** @description Files uploaded beforehand (POST /api/tasks/{id}/attachments) that this entry carries, typically the completion’s evidence; each must belong to the task and not to another entry yet. */
      attachmentIds?: number[];
      /**
       * @description true completes the task (percent becomes 100).
       * @default false
       */
      completed: boolean;
      /**
       * @description With completed: the actual completion date (ngày hoàn thành thực tế), which decides on time or late: not in the future, not before the assignment date, at most COMPLETION_BACKDATE_DAYS before today. Default: today.
       * @example 2024-02-05
       */
      completedOn?: string;
      /** @description With completed: difficulties and proposals (khó khăn, vướng mắc, đề xuất). */
      difficulties?: string;
      /**
       * @description Required, except on a completion that gives its result.
       * @example Đã giải ngân 35% kế hoạch vốn.
       */
      note?: string;
      /** @description The occurrence (GET /api/tasks/:id/occurrences) this concerns: required for a recurring task (400 naming occurrenceId without it), refused for any other kind. */
      occurrenceId?: number;
      /** @description The task’s percent after this update. Omitted, or sent by a cooperating department, the note leaves the percent as it is. */
      percent?: number;
      /** @description With completed: the result (kết quả thực hiện). Without it the note is the result. */
      result?: string;
      /** @description With completed: the unit’s report document. */
      resultDocument?: components['schemas']['ResultDocumentDto'];
    };
    ApproveExtensionDto: {
      note?: string;
    };
    AttachmentResponse: {
      /**
       * @description Found in the content (PDF, DOCX or XLSX).
       * @example application/pdf
       */
      contentType: string;
      /** Format: date-time */
      createdAt: string;
      /** @example Báo cáo kết quả.pdf */
      fileName: string;
      id: number;
      /** @description The progress entry (a completion) the file is evidence for; null until a completion links it. */
      progressId?: number | null;
      /** @description Bytes. */
      size: number;
    };
    AttachmentSummary: {
      /**
       * @description Found in the content (PDF, DOCX or XLSX).
       * @example application/pdf
       */
      contentType: string;
      /** @example Báo cáo kết quả.pdf */
      fileName: string;
      id: number;
      /** @description Bytes. */
      size: number;
    };
    AttachmentUploadBody: {
      /**
       * Format: binary
       * @description One PDF, DOCX or XLSX file of at most 20 MB.
       */
      file: string;
    };
    AttendeePage: {
      items: components['schemas']['AttendeeResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    AttendeeResponse: {
      /** @enum {string} */
      attendance: 'present' | 'absent' | 'delegated';
      delegateName: string | null;
      departmentId: number | null;
      fullName: string;
      id: number;
      note: string | null;
      organization: string | null;
      position: string | null;
      /** @enum {string} */
      role: 'chair' | 'member' | 'invited' | 'secretary';
      sessionId: number;
    };
    AuditEntryPage: {
      /** @description Newest first. */
      items: components['schemas']['AuditEntryResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    AuditEntryResponse: {
      /** @enum {string} */
      action: 'create' | 'update' | 'delete';
      /** @description Null for changes made by the system */
      actorId: number | null;
      /** @description The full name of the actor; null for the system */
      actorName: string | null;
      /** @enum {string|null} */
      actorRole: 'admin' | 'office' | 'leader' | 'department' | null;
      /** @description The record after the change, by field (secrets redacted); null for a deletion */
      after: {
        [key: string]: unknown;
      } | null;
      /** @description The record before the change, by field (secrets redacted); null for a creation */
      before: {
        [key: string]: unknown;
      } | null;
      entity: string;
      entityId: string | null;
      id: number;
      occurredAt: string;
      taskId: number | null;
    };
    BulkTaskItem: {
      description?: string | null;
      /**
       * @description Deadline as an exact instant with an offset. Not with dueDate.
       * @example 2024-01-31T17:00:00+07:00
       */
      dueAt?: string | null;
      /**
       * @description Deadline as a calendar date; it ends at 23:59:59.999 of that day in APP_TIMEZONE. Not with dueAt.
       * @example 2024-01-31
       */
      dueDate?: string | null;
      /**
       * @description Key task (nhiệm vụ trọng tâm).
       * @default false
       */
      isKey: boolean;
      /**
       * @description deadline (có thời hạn) needs dueDate, dueAt or workingDays; standing (thường xuyên) has none; recurring (định kỳ) needs recurrence and no deadline. Omitted: deadline when a deadline is given, recurring with a recurrence, else standing.
       * @enum {string}
       */
      kind?: 'deadline' | 'standing' | 'recurring';
      /** @description The lead department (chủ trì); must exist and be active. */
      leadDepartmentId: number;
      /** @description The leader in charge (lãnh đạo chỉ đạo): an active account of role leader (see GET /api/leaders). */
      leaderId?: number | null;
      /** @description The rule of a recurring task: one occurrence per period from the assignment date, each with its own deadline (GET /api/tasks/:id/occurrences). */
      recurrence?: components['schemas']['RecurrenceDto'] | null;
      /** @description Cooperating departments (phối hợp); unique, existing, not the lead. */
      supportDepartmentIds?: number[];
      /** @example Giải ngân 100% kế hoạch vốn đầu tư công năm 2024 */
      title: string;
      /**
       * @description Deadline as N working days (ngày làm việc) after the document’s date, counted from the next day; the computed date is stored as dueDate. Not with dueDate or dueAt.
       * @example 15
       */
      workingDays?: number | null;
    };
    CalendarAddressResponse: {
      /**
       * @description Secret address of the iCalendar feed; anyone who has it can subscribe without signing in.
       * @example https://ubnd.example.vn/api/calendar-feeds/6gQ…/deadlines.ics
       */
      url: string;
    };
    CalendarDateDto: {
      /**
       * @description YYYY-MM-DD
       * @example 2024-02-15
       */
      date: string;
    };
    CancelTaskDto: {
      /** @example Nhiệm vụ đã được lồng ghép vào Kế hoạch số 12/KH-UBND. */
      reason: string;
    };
    CarriedOverResponse: {
      /** @description The latest session held before this one */
      previousSessionId: number | null;
      sessionId: number;
      /**
       * @description Date of the previous session: tasks completed on or after it are listed
       * @example 2024-01-05
       */
      since: string | null;
      /** @description By unit name */
      units: components['schemas']['CarriedOverUnit'][];
    };
    CarriedOverTask: {
      /**
       * @description Actual completion date
       * @example 2024-03-20
       */
      completedOn: string | null;
      /**
       * @description Deadline (Asia/Ho_Chi_Minh date)
       * @example 2024-03-31
       */
      dueDate: string | null;
      id: number;
      /** @description The earlier session that assigned the task */
      sessionId: number;
      /** @enum {string} */
      status:
        | 'in_progress'
        | 'due_soon'
        | 'overdue'
        | 'standing'
        | 'awaiting_confirmation'
        | 'done_on_time'
        | 'done_late'
        | 'cancelled';
      /** @example Quá hạn */
      statusLabel: string;
      title: string;
    };
    CarriedOverUnit: {
      /** @description The lead unit */
      departmentId: number;
      /** @example Sở Y tế */
      name: string;
      /** @description Overdue first, then by deadline */
      tasks: components['schemas']['CarriedOverTask'][];
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description At least 10 characters, not a well-known password. */
      newPassword: string;
    };
    ChangePasswordResponse: {
      /** @description A fresh bearer token for this client, when the request came with one; a browser session gets fresh cookies instead. */
      accessToken?: string;
      user: components['schemas']['SignedInUser'];
    };
    ConfirmCompletionDto: {
      /** @description The occurrence (GET /api/tasks/:id/occurrences) this concerns: required for a recurring task (400 naming occurrenceId without it), refused for any other kind. */
      occurrenceId?: number;
    };
    CreateAttendeeDto: {
      /**
       * @default present
       * @enum {string}
       */
      attendance: 'present' | 'absent' | 'delegated';
      /** @description Required when attendance is "delegated"; cleared otherwise */
      delegateName?: string | null;
      /** @description The department the attendee represents */
      departmentId?: number | null;
      /** @example Nguyễn Đăng Bình */
      fullName: string;
      note?: string | null;
      /** @example UBND tỉnh Bắc Kạn */
      organization?: string | null;
      /** @example Chủ tịch UBND tỉnh */
      position?: string | null;
      /**
       * @example member
       * @enum {string}
       */
      role: 'chair' | 'member' | 'invited' | 'secretary';
    };
    CreateDepartmentDto: {
      /** @default true */
      active: boolean;
      /**
       * @description Short unique code: letters, digits, ".", "_" or "-"
       * @example SCT
       */
      code: string;
      /**
       * @description Notification addresses; stored lower-cased without duplicates
       * @example [
       *       "sct@backan.example.vn"
       *     ]
       */
      emails?: string[];
      /**
       * @example department
       * @enum {string}
       */
      kind: 'department' | 'district' | 'agency' | 'commune' | 'other';
      /** @example Sở Công Thương */
      name: string;
    };
    CreateDocumentDto: {
      /**
       * @description Date of issue (YYYY-MM-DD): the assignment date of its tasks.
       * @example 2024-01-29
       */
      issuedOn: string;
      /** @example UBND tỉnh Bắc Kạn */
      issuer: string;
      /**
       * @example conclusion_notice
       * @enum {string}
       */
      kind: 'conclusion_notice' | 'official_letter' | 'decision' | 'plan' | 'directive' | 'central_document';
      /**
       * @description Số, ký hiệu as written: a number, optionally the year, then the symbol (18/TB-UBND, 125/TB-VPUBND, 09/2019/NĐ-CP). Empty or null for a placeholder. A year written in the number must be the year of issuedOn. Number + issuer + year of issue is unique (409).
       * @example 18/TB-UBND
       */
      number?: string | null;
      /** @description The session the document concludes or follows. */
      sessionId?: number | null;
      /** @example Nguyễn Đăng Bình */
      signerName?: string | null;
      /** @example Chủ tịch */
      signerTitle?: string | null;
      /** @description Trích yếu. */
      summary: string;
    };
    CreatedTasksResponse: {
      items: components['schemas']['TaskResponse'][];
    };
    CreateReportDto: {
      body: string;
      /** @description The reporting department */
      departmentId: number;
      indicators?: components['schemas']['IndicatorDto'][];
      /** @example Báo cáo tình hình kinh tế - xã hội tháng 01/2024 */
      title: string;
    };
    CreateSessionDto: {
      chairedBy?: string | null;
      conclusion?: string | null;
      /**
       * @description ISO 8601 instant with its offset
       * @example 2024-01-25T08:00:00+07:00
       */
      heldAt: string;
      /**
       * @example regular
       * @enum {string}
       */
      kind: 'regular' | 'thematic' | 'extraordinary';
      /** @example Hội trường UBND tỉnh */
      location?: string | null;
      minutes?: string | null;
      /**
       * @description YYYY-MM-DD
       * @example 2024-01-29
       */
      noticeDate?: string | null;
      /** @example 25/TB-UBND */
      noticeNumber?: string | null;
      /**
       * @description Moves only forward: scheduled → held → concluded
       * @default scheduled
       * @enum {string}
       */
      status: 'scheduled' | 'held' | 'concluded';
      /** @example Phiên họp thường kỳ UBND tỉnh tháng 01/2024 */
      title: string;
    };
    CreateTaskDto: {
      description?: string | null;
      /** @description The assigning document (văn bản giao nhiệm vụ); its issuedOn is the task’s assignment date. */
      documentId: number;
      /**
       * @description Deadline as an exact instant with an offset. Not with dueDate.
       * @example 2024-01-31T17:00:00+07:00
       */
      dueAt?: string | null;
      /**
       * @description Deadline as a calendar date; it ends at 23:59:59.999 of that day in APP_TIMEZONE. Not with dueAt.
       * @example 2024-01-31
       */
      dueDate?: string | null;
      /**
       * @description Key task (nhiệm vụ trọng tâm).
       * @default false
       */
      isKey: boolean;
      /**
       * @description deadline (có thời hạn) needs dueDate, dueAt or workingDays; standing (thường xuyên) has none; recurring (định kỳ) needs recurrence and no deadline. Omitted: deadline when a deadline is given, recurring with a recurrence, else standing.
       * @enum {string}
       */
      kind?: 'deadline' | 'standing' | 'recurring';
      /** @description The lead department (chủ trì); must exist and be active. */
      leadDepartmentId: number;
      /** @description The leader in charge (lãnh đạo chỉ đạo): an active account of role leader (see GET /api/leaders). */
      leaderId?: number | null;
      /** @description The rule of a recurring task: one occurrence per period from the assignment date, each with its own deadline (GET /api/tasks/:id/occurrences). */
      recurrence?: components['schemas']['RecurrenceDto'] | null;
      /** @description The session the task comes from, if any. */
      sessionId?: number | null;
      /** @description Cooperating departments (phối hợp); unique, existing, not the lead. */
      supportDepartmentIds?: number[];
      /** @example Giải ngân 100% kế hoạch vốn đầu tư công năm 2024 */
      title: string;
      /**
       * @description Deadline as N working days (ngày làm việc) after the document’s date, counted from the next day; the computed date is stored as dueDate. Not with dueDate or dueAt.
       * @example 15
       */
      workingDays?: number | null;
    };
    CreateUserDto: {
      /** @default true */
      active: boolean;
      /** @description Required for role "department", null otherwise. */
      departmentId?: number | null;
      /** @example chuyenvien.syt@backan.gov.vn */
      email: string;
      /** @example Nguyễn Thị Hoa */
      fullName: string;
      /**
       * @description For role "leader": chairman (Chủ tịch) or vice_chairman (Phó Chủ tịch); empty for other roles.
       * @enum {string|null}
       */
      leaderTitle?: 'chairman' | 'vice_chairman' | null;
      password: string;
      /** @enum {string} */
      role: 'admin' | 'office' | 'leader' | 'department';
      /** @description For role "leader": the sectors (lĩnh vực) overseen, e.g. "Kinh tế", "Nông nghiệp". */
      sectors?: string[];
    };
    DayOffDto: {
      /** @description False when computed from the rules or still awaiting its legal basis. */
      confirmed: boolean;
      /** @example 2024-02-10 */
      date: string;
      /**
       * @description holiday: public holiday or Tết day; compensatory: nghỉ bù; swapped: nghỉ hoán đổi for a make-up day
       * @enum {string}
       */
      kind: 'holiday' | 'compensatory' | 'swapped';
      /** @example Tết Nguyên đán (mùng 1 tháng Giêng) */
      name: string;
    };
    DeadlineChangePage: {
      items: components['schemas']['DeadlineChangeResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    DeadlineChangeResponse: {
      /** Format: date-time */
      changedAt: string;
      changedById: number | null;
      /** @description The task’s deadlineVersion after this change. */
      deadlineVersion: number;
      extensionId: number | null;
      id: number;
      /** Format: date-time */
      newDueAt: string | null;
      newDueDate: string | null;
      /** Format: date-time */
      previousDueAt: string | null;
      previousDueDate: string | null;
      reason: string | null;
      /** @enum {string} */
      source: 'edit' | 'extension';
      taskId: number;
    };
    DepartmentGroupMember: {
      /** @example UBND-BB */
      code: string;
      id: number;
      /** @enum {string} */
      kind: 'department' | 'district' | 'agency' | 'commune' | 'other';
      /** @example UBND huyện Ba Bể */
      name: string;
    };
    DepartmentGroupResponse: {
      /** @enum {string} */
      key: 'departments' | 'districts' | 'communes';
      kinds: ('department' | 'district' | 'agency' | 'commune' | 'other')[];
      /** @description Active units of these kinds, by code */
      members: components['schemas']['DepartmentGroupMember'][];
      /** @example UBND các huyện, thành phố */
      name: string;
    };
    DepartmentPage: {
      items: components['schemas']['DepartmentResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    DepartmentResponse: {
      active: boolean;
      /** @example SCT */
      code: string;
      emails: string[];
      id: number;
      /** @enum {string} */
      kind: 'department' | 'district' | 'agency' | 'commune' | 'other';
      /** @example Sở Công Thương */
      name: string;
      /**
       * @description The date the succession took effect
       * @example null
       */
      succeededOn: string | null;
      /** @description The unit this one was merged into (POST /api/departments/:id/succession); null otherwise */
      successorId: number | null;
    };
    DepartmentStats: {
      /** @description Completed by the unit, waiting for the office to confirm it. */
      awaitingConfirmation: number;
      cancelled: number;
      code: string;
      /** @description (doneOnTime + doneLate) / due. An unrounded fraction 0–1, null when due is 0 (same computation as the period report). */
      completionRate: number | null;
      departmentId: number;
      /** @description Completed after the deadline. */
      doneLate: number;
      /** @description Completed by the deadline, or completed without deadline. */
      doneOnTime: number;
      /** @description due = doneOnTime + doneLate + overdue: tasks whose deadline has passed or that are completed. */
      due: number;
      /** @description Open, deadline not passed and at most DUE_SOON_DAYS away. */
      dueSoon: number;
      /** @description Open, deadline more than DUE_SOON_DAYS away. */
      inProgress: number;
      name: string;
      /**
       * @deprecated
       * @description The same as standing; the former name, kept for existing clients.
       */
      noDeadline: number;
      /**
       * @description doneOnTime / due. An unrounded fraction 0–1, null when due is 0 (same computation as the period report).
       * @example 0.8
       */
      onTimeRate: number | null;
      /** @description Open, deadline passed. */
      overdue: number;
      /** @description overdue / due. An unrounded fraction 0–1, null when due is 0 (same computation as the period report). */
      overdueRate: number | null;
      /** @description Of total, the periods of recurring tasks: a recurring task counts once per period (each classified as a task is), so total can exceed the number of tasks listed. */
      recurringPeriods: number;
      /** @description Open standing tasks (thường xuyên, no deadline). */
      standing: number;
      /** @description All tasks counted, whatever their status: inProgress + dueSoon + overdue + standing + doneOnTime + doneLate + cancelled. */
      total: number;
    };
    DepartmentStatsPage: {
      /** @description One row per department, counting the tasks it leads; ordered by code. */
      items: components['schemas']['DepartmentStats'][];
      limit: number;
      page: number;
      total: number;
    };
    DigestRunResponse: {
      /**
       * @description The digest period: the local date in APP_TIMEZONE
       * @example 2024-01-22
       */
      period: string;
      /** @description Digests and summaries recorded by this run; 0 when the period had already run */
      planned: number;
      /** @description Pending messages of the period handed to the queue (0 while Redis is unreachable) */
      queued: number;
    };
    DocumentBulkTasksRequest: {
      tasks: components['schemas']['BulkTaskItem'][];
    };
    DocumentPage: {
      items: components['schemas']['DocumentResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    DocumentResponse: {
      /** Format: date-time */
      createdAt: string;
      id: number;
      /** @example 2024-01-29 */
      issuedOn: string;
      issuer: string;
      /** @enum {string} */
      kind: 'conclusion_notice' | 'official_letter' | 'decision' | 'plan' | 'directive' | 'central_document';
      /** @description Vietnamese name of the kind, e.g. "Thông báo kết luận". */
      kindLabel: string;
      /** @example 18/TB-UBND */
      number: string | null;
      sessionId: number | null;
      signerName: string | null;
      signerTitle: string | null;
      summary: string;
      /** @description Tasks this document assigns; a department counts only those it leads or cooperates on. */
      taskCount: number;
      /** Format: date-time */
      updatedAt: string;
    };
    DocumentSummary: {
      id: number;
      /** @example 2024-01-29 */
      issuedOn: string;
      /** @enum {string} */
      kind: 'conclusion_notice' | 'official_letter' | 'decision' | 'plan' | 'directive' | 'central_document';
      /** @example 18/TB-UBND */
      number: string | null;
      summary: string;
    };
    DraftTaskResponse: {
      confidence: number;
      /** @example trước ngày 15/3/2024 */
      deadlineText: string | null;
      description: string;
      /**
       * @description Null when no date is written, and for a recurring directive: its recurrence dates each occurrence
       * @example 2024-03-15
       */
      dueDate: string | null;
      /**
       * @description Expanded to units only when the office confirms
       * @example [
       *       "UBND các huyện, thành phố"
       *     ]
       */
      groupAssignees: string[];
      /**
       * @description The groups of units the group assignees stand for, as GET /api/departments/groups lists them
       * @example [
       *       "districts"
       *     ]
       */
      groupKeys: ('departments' | 'districts' | 'communes')[];
      isKey: boolean;
      /** @enum {string} */
      kind: 'deadline' | 'standing' | 'recurring';
      leadCandidates: components['schemas']['LeadCandidate'][];
      leadDepartmentId: number | null;
      leaderId: number | null;
      recurrence: components['schemas']['RecurrenceResponse'] | null;
      sourceSpan: components['schemas']['Span'];
      supportDepartmentIds: number[];
      title: string;
      workingDays: number | null;
    };
    DraftTasksRequest: {
      /** @description The text of the conclusion, as pasted. */
      text: string;
    };
    DraftTasksResponse: {
      items: components['schemas']['DraftTaskResponse'][];
      /**
       * @description The date relative deadlines were counted from
       * @example 2024-01-26
       */
      referenceDate: string;
    };
    ExtractIndicatorsRequest: {
      /** @description The text to read; the report's own body when omitted. */
      text?: string;
    };
    FiguresChangeDto: {
      /** @description Difference of fractions (0.05 = 5 points). */
      completionRate: number | null;
      doneOnTime: number | null;
      due: number | null;
      onTimeRate: number | null;
      openOverdue: number | null;
      overdueRate: number | null;
      total: number | null;
    };
    ForwardExtensionDto: {
      /** @example Văn phòng đề nghị đồng ý gia hạn đến ngày 31/3/2024. */
      opinion: string;
    };
    FreezePeriodDto: {
      /**
       * @description month, quarter, half or year. With PERIOD_CUTOFF_DAY = 14 (the default, Nghị định 09/2019/NĐ-CP Art. 12) month n runs from the 15th of month n − 1 to the 14th of month n; a quarter from the 15th of the month before it to the 14th of its last month; a half-year likewise; the year from 15 December of the year before to 14 December. PERIOD_CUTOFF_DAY = 0 gives calendar periods.
       * @enum {string}
       */
      kind: 'month' | 'quarter' | 'half' | 'year';
      /**
       * @description Not needed for a year.
       * @example 1
       */
      number?: number;
      /** @description Required when the period was frozen before. */
      reason?: string;
      /** @example 2024 */
      year: number;
    };
    FreezeResponseDto: {
      /** @example BC-2024-01 */
      code: string;
    };
    FrozenByDto: {
      fullName: string;
      id: number;
    };
    FrozenReportDto: {
      /** @description province − previous. */
      change: components['schemas']['FiguresChangeDto'] | null;
      /** @example BC-2024-01 */
      code: string;
      /** @description The instant tasks are classified at: the end of the last day in APP_TIMEZONE (Asia/Ho_Chi_Minh), or the time of the request for a period not yet ended. */
      cutoffAt: string;
      /** @example 2023-12-15 */
      from: string;
      frozenAt: string;
      frozenBy: components['schemas']['FrozenByDto'] | null;
      /**
       * @description custom for a from/to period.
       * @enum {string}
       */
      kind: 'month' | 'quarter' | 'half' | 'year' | 'custom';
      /** @description Null for a year and a from/to period. */
      number: number | null;
      /** @description The previous period's province figures: from its latest frozen report when there is one, computed otherwise; null for a from/to period. */
      previous: components['schemas']['PeriodFiguresDto'] | null;
      /** @description The frozen report `previous` comes from, or null when computed. */
      previousCode: string | null;
      /** @description The whole province. */
      province: components['schemas']['PeriodFiguresDto'];
      reason: string | null;
      /** @description 1 for the first freeze, 2 for -r2… */
      revision: number;
      /** @description The tasks in scope; a department caller gets its own. */
      tasks: components['schemas']['PeriodTaskRowDto'][];
      /** @example 2024-01-14 */
      to: string;
      /** @description One row per unit leading tasks in scope, best score first. A department caller gets its own row only. */
      units: components['schemas']['UnitFiguresDto'][];
      /** @description The year of the period (of its last day for a from/to period). */
      year: number;
    };
    FrozenReportPage: {
      /** @description Newest first. */
      items: components['schemas']['FrozenReportSummaryDto'][];
      limit: number;
      page: number;
      total: number;
    };
    FrozenReportSummaryDto: {
      /** @example BC-2024-01-r2 */
      code: string;
      cutoffAt: string;
      from: string;
      frozenAt: string;
      frozenBy: components['schemas']['FrozenByDto'] | null;
      /** @enum {string} */
      kind: 'month' | 'quarter' | 'half' | 'year';
      /** @description True for the latest revision of its period, which the bare code names. */
      latest: boolean;
      number: number | null;
      /** @example BC-2024-01 */
      periodCode: string;
      reason: string | null;
      revision: number;
      to: string;
      year: number;
    };
    HolidayYearDto: {
      /** @description True when the year's schedule comes from the government's announcements. */
      confirmed: boolean;
      /** @description Days off besides ordinary weekends, in date order. */
      daysOff: components['schemas']['DayOffDto'][];
      /** @description Where the schedule comes from. */
      sources: string[];
      /** @description Saturdays or Sundays worked to make up for swapped days. */
      workingWeekendDays: components['schemas']['WorkingWeekendDayDto'][];
      /** @example 2024 */
      year: number;
    };
    InboxCounts: {
      confirm_completion: number;
      decide_extension: number;
      forward_extension: number;
      report_progress: number;
      returned_completion: number;
    };
    InboxItem: {
      /**
       * @description The deadline in force.
       * @example 2024-02-29
       */
      dueDate: string | null;
      /** @description The extension request, for the extension kinds. */
      extensionId: number | null;
      /**
       * @description decide_extension: a pending extension request the caller decides (leader in charge or chairman; the office where EXTENSION_DECIDERS includes office). forward_extension: a pending request the office has not yet forwarded. confirm_completion: a unit’s reported completion awaiting the office. report_progress: a task the caller’s unit leads that is overdue or due within DUE_SOON_DAYS. returned_completion: a completion of the caller’s unit the office returned, to report again.
       * @enum {string}
       */
      kind: 'decide_extension' | 'forward_extension' | 'confirm_completion' | 'report_progress' | 'returned_completion';
      /** @example Sở Y tế */
      leadDepartmentName: string;
      /** @description The request’s reason and the office’s opinion, the reported result, or the return’s reason. */
      note: string | null;
      /** @description The occurrence of a recurring task, when it concerns one. */
      occurrenceId: number | null;
      /** @enum {string} */
      status:
        | 'in_progress'
        | 'due_soon'
        | 'overdue'
        | 'standing'
        | 'awaiting_confirmation'
        | 'done_on_time'
        | 'done_late'
        | 'cancelled';
      /** @example Quá hạn */
      statusLabel: string;
      taskId: number;
      title: string;
      /**
       * Format: date-time
       * @description Since when it waits: the request (or its forwarding, for a leader), the reported completion, the return, the deadline passed, or the start of the due-soon window.
       */
      waitingSince: string;
    };
    InboxResponse: {
      /** @description Items of each kind (every kind present, 0 when none). */
      counts: components['schemas']['InboxCounts'];
      /** @description By kind, then the longest waiting first. */
      items: components['schemas']['InboxItem'][];
    };
    IndicatorDto: {
      /**
       * @description Change from the same period last year, in %
       * @example 35
       */
      changeFromLastYearPct?: number | null;
      /**
       * @description Change from the previous period, in %
       * @example 1.8
       */
      changeFromPreviousPct?: number | null;
      /**
       * @description Whether the changes are in percent or in percentage points ("giảm 2,5 điểm %")
       * @default percent
       * @enum {string}
       */
      changeKind: 'percent' | 'points';
      /**
       * @description An estimate (ước, dự ước) rather than a count
       * @default false
       */
      estimate: boolean;
      /** @example Giá trị sản xuất công nghiệp */
      name: string;
      /**
       * @description The share of the plan or estimate reached, in % ("đạt 58,9% kế hoạch")
       * @example 58.9
       */
      planPct?: number | null;
      /** @example triệu đồng */
      unit?: string | null;
      /** @example 194970 */
      value: number;
    };
    IndicatorNameResponse: {
      /** @description The normalised name a series is asked for by */
      key: string;
      /** @description The name as most often written */
      name: string;
      sessions: number;
      units: string[];
    };
    IndicatorNamesResponse: {
      items: components['schemas']['IndicatorNameResponse'][];
    };
    IndicatorPointResponse: {
      baseUnit: string | null;
      baseValue: number | null;
      changeFromLastYearPct: number | null;
      changeFromPreviousPct: number | null;
      /** @enum {string} */
      changeKind: 'percent' | 'points';
      /** @description An estimate (ước, dự ước) rather than a count */
      estimate: boolean;
      heldAt: string;
      name: string;
      /** @description The share of the plan reached, in % */
      planPct: number | null;
      reportId: number;
      sessionId: number;
      sessionTitle: string;
      unit: string | null;
      value: number;
    };
    IndicatorResponse: {
      changeFromLastYearPct: number | null;
      changeFromPreviousPct: number | null;
      /**
       * @description Whether the changes are in percent or in percentage points
       * @enum {string}
       */
      changeKind: 'percent' | 'points';
      /** @description An estimate (ước, dự ước) rather than a count */
      estimate: boolean;
      name: string;
      /** @description The share of the plan reached, in % */
      planPct: number | null;
      unit: string | null;
      value: number;
    };
    IndicatorSeriesResponse: {
      items: components['schemas']['IndicatorPointResponse'][];
      key: string;
    };
    LeadCandidate: {
      departmentId: number;
      name: string;
      /** @description 1 for a unit the text assigns; below 1 for one proposed by the topic */
      score: number;
    };
    LeaderResponse: {
      fullName: string;
      id: number;
      /** @enum {string|null} */
      leaderTitle: 'chairman' | 'vice_chairman' | null;
      sectors: string[];
    };
    LeaderSummary: {
      fullName: string;
      id: number;
      /** @enum {string|null} */
      leaderTitle: 'chairman' | 'vice_chairman' | null;
    };
    LoginDto: {
      /** @example vanphong@demo.backan.gov.vn */
      email: string;
      password: string;
    };
    LoginResponse: {
      /** @description Send as `Authorization: Bearer <accessToken>`. */
      accessToken: string;
      user: components['schemas']['SignedInUser'];
    };
    LunarDateDto: {
      /** @example 1 */
      day: number;
      /** @example false */
      leapMonth: boolean;
      /** @example 1 */
      month: number;
      /**
       * @description Lunar year (Giáp Thìn began on 2024-02-10).
       * @example 2024
       */
      year: number;
      /**
       * @description Can Chi name of the lunar year.
       * @example Giáp Thìn
       */
      yearName: string;
    };
    NotificationPage: {
      items: components['schemas']['NotificationResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    NotificationResponse: {
      /** @description Delivery attempts made */
      attempts: number;
      /** @description Recipient department; null for the office summary */
      departmentId: number | null;
      /** @description Last delivery error, or why it was cancelled */
      error: string | null;
      id: number;
      /** @enum {string} */
      kind:
        | 'reminder'
        | 'overdue'
        | 'digest'
        | 'summary'
        | 'assigned'
        | 'deadline_moved'
        | 'task_cancelled'
        | 'ext_requested'
        | 'ext_decided'
        | 'ext_forwarded'
        | 'done_reported'
        | 'done_returned';
      recipients: string[];
      /** Format: date-time */
      scheduledAt: string;
      /** Format: date-time */
      sentAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'sent' | 'failed' | 'cancelled' | 'skipped';
      subject: string;
      /** @description Null for digests and the office summary */
      taskId: number | null;
    };
    OverdueAgeDto: {
      /** @description Open overdue tasks 1–7 days past their deadline at the cut-off. */
      days1to7: number;
      /** @description 8–30 days past. */
      days8to30: number;
      /** @description 31–90 days past. */
      days31to90: number;
      /** @description More than 90 days past. */
      over90: number;
    };
    PeriodFiguresDto: {
      /** @description Of the total, tasks assigned in the period; carriedOver + assignedInPeriod = total. */
      assignedInPeriod: number;
      /** @description Deadline tasks whose completion (completedOn on or before the cut-off date) the office has not confirmed when the report is computed. Never overdue: the actual date decides. */
      awaitingConfirmation: number;
      /** @description Tasks cancelled in the period, on or before the cut-off instant. */
      cancelled: number;
      /** @description Of the total, tasks assigned before the period (carried over). */
      carriedOver: number;
      /** @description (doneOnTime + doneLate) / due: late completions count as completed. An unrounded fraction 0–1; null when due is 0. */
      completionRate: number | null;
      /** @description As doneOnTime, with completedOn after the deadline date in force. */
      doneLate: number;
      /** @description Deadline tasks completed on or before the cut-off date (completedOn), confirmed by the office, with completedOn on or before the deadline date in force at the cut-off. */
      doneOnTime: number;
      /** @description Deadline tasks whose deadline in force is on or before the cut-off date, or whose completion was reported by then: doneOnTime + doneLate + awaitingConfirmation + openOverdue + open tasks due on the cut-off date. */
      due: number;
      /** @description doneOnTime / due. An unrounded fraction 0–1; null when due is 0. */
      onTimeRate: number | null;
      /** @description Open deadline tasks whose deadline in force ended before the cut-off instant. */
      openOverdue: number;
      /** @description Open deadline tasks whose deadline in force had not passed at the cut-off instant. */
      openWithinDeadline: number;
      /** @description openOverdue split by days past the deadline at the cut-off. */
      overdueByAge: components['schemas']['OverdueAgeDto'];
      /** @description openOverdue / due. An unrounded fraction 0–1; null when due is 0. */
      overdueRate: number | null;
      /** @description (doneOnTime + doneLate) / tracked. An unrounded fraction 0–1 of the total less standing and cancelled tasks (the three shares add up to 1); null when that is 0. */
      shareDone: number | null;
      /** @description (openWithinDeadline + awaitingConfirmation) / tracked. An unrounded fraction 0–1 of the total less standing and cancelled tasks (the three shares add up to 1); null when that is 0. */
      shareOpenWithinDeadline: number | null;
      /** @description openOverdue / tracked. An unrounded fraction 0–1 of the total less standing and cancelled tasks (the three shares add up to 1); null when that is 0. */
      shareOverdue: number | null;
      /** @description Standing tasks (thường xuyên) and tasks without a deadline, completed or not. */
      standing: number;
      /** @description Tasks in scope: assigned (their document issued) on or before the cut-off date, and either assigned in the period or still open at its start (not completed before it, not cancelled before it). */
      total: number;
    };
    PeriodReportDto: {
      /** @description province − previous. */
      change: components['schemas']['FiguresChangeDto'] | null;
      /** @description The instant tasks are classified at: the end of the last day in APP_TIMEZONE (Asia/Ho_Chi_Minh), or the time of the request for a period not yet ended. */
      cutoffAt: string;
      /** @example 2023-12-15 */
      from: string;
      /**
       * @description custom for a from/to period.
       * @enum {string}
       */
      kind: 'month' | 'quarter' | 'half' | 'year' | 'custom';
      /** @description Null for a year and a from/to period. */
      number: number | null;
      /** @description The previous period's province figures: from its latest frozen report when there is one, computed otherwise; null for a from/to period. */
      previous: components['schemas']['PeriodFiguresDto'] | null;
      /** @description The frozen report `previous` comes from, or null when computed. */
      previousCode: string | null;
      /** @description The whole province. */
      province: components['schemas']['PeriodFiguresDto'];
      /** @example 2024-01-14 */
      to: string;
      /** @description One row per unit leading tasks in scope, best score first. A department caller gets its own row only. */
      units: components['schemas']['UnitFiguresDto'][];
      /** @description The year of the period (of its last day for a from/to period). */
      year: number;
    };
    PeriodTaskDocumentDto: {
      id: number;
      /** @example 2024-01-29 */
      issuedOn: string;
      kind: string;
      number: string | null;
      summary: string;
    };
    PeriodTaskLeaderDto: {
      fullName: string;
      id: number;
      leaderTitle: string | null;
    };
    PeriodTaskRowDto: {
      /** @description Assigned before the period. */
      carriedOver: boolean;
      /** @description Completion date reported, if on or before the cut-off. */
      completedOn: string | null;
      /** @description Days past the deadline: at completion for a late task, at the cut-off for an open overdue one. */
      daysOverdue: number | null;
      /** @description Difficulties and proposals of the latest report. */
      difficulties: string | null;
      document: components['schemas']['PeriodTaskDocumentDto'];
      /** @description The deadline date in force at the cut-off. */
      dueDate: string | null;
      /** @description Extensions approved by the cut-off (gia hạn N lần). */
      extensionCount: number;
      /**
       * @description Where the task stands at the cut-off.
       * @enum {string}
       */
      group:
        | 'done_on_time'
        | 'done_late'
        | 'awaiting_confirmation'
        | 'open_within_deadline'
        | 'open_overdue'
        | 'standing'
        | 'cancelled';
      /** @enum {string} */
      kind: 'deadline' | 'standing' | 'recurring';
      /** @description Name of the lead unit (chủ trì). */
      leadDepartment: string;
      leadDepartmentId: number;
      leader: components['schemas']['PeriodTaskLeaderDto'] | null;
      leaderName: string | null;
      /** @description The latest progress note by the cut-off. */
      note: string | null;
      /** @description The occurrence of a recurring task this row counts (its title names the period); null otherwise. */
      occurrenceId?: number | null;
      /** @description The first deadline; null for a standing task. */
      originalDueDate: string | null;
      /** @description The report document of the completion. */
      resultDocument: string | null;
      /** @description The Vietnamese label of the group. */
      statusLabel: string;
      supportDepartmentIds: number[];
      /** @description Names of the cooperating units (phối hợp). */
      supportDepartments: string[];
      taskId: number;
      title: string;
    };
    ProposedIndicatorResponse: {
      /** @example VND */
      baseUnit: string | null;
      /** @description The value in baseUnit */
      baseValue: number | null;
      changeFromLastYearPct: number | null;
      changeFromPreviousPct: number | null;
      /** @enum {string} */
      changeKind: 'percent' | 'points';
      estimate: boolean;
      name: string;
      planPct: number | null;
      /** @enum {string|null} */
      qualifier: 'above' | 'below' | 'about' | null;
      sourceSpan: components['schemas']['Span'];
      unit: string | null;
      value: number | null;
      valueMax: number | null;
    };
    ProposedIndicatorsResponse: {
      items: components['schemas']['ProposedIndicatorResponse'][];
    };
    RecurrenceDto: {
      /**
       * @description Day of the month the occurrence is due (beyond the month’s end, its last day); for a weekly rule the weekday, 1 Monday (thứ Hai) to 7 Sunday (Chủ nhật).
       * @example 20
       */
      day: number;
      /**
       * @description week (Monday to Sunday, as ISO weeks); month; quarter (due in the quarter’s last month); year (due in December).
       * @enum {string}
       */
      every: 'week' | 'month' | 'quarter' | 'year';
      /**
       * @description Last date an occurrence may be due; null: no end (occurrences exist to 31 December of the year after the current one, and are added as time passes).
       * @example 2025-12-31
       */
      until: string | null;
    };
    RecurrenceResponse: {
      /** @description Day of the month (of the period’s last month for a quarter or year) it is due; for a week, the weekday (1 Monday … 7 Sunday). */
      day: number;
      /** @enum {string} */
      every: 'week' | 'month' | 'quarter' | 'year';
      /** @description YYYY-MM-DD of the last occurrence at the latest. */
      until: string | null;
    };
    RejectExtensionDto: {
      /** @example Đề nghị hoàn thành đúng hạn đã giao. */
      note: string;
    };
    ReportPage: {
      items: components['schemas']['ReportResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    ReportResponse: {
      body: string;
      departmentId: number;
      id: number;
      indicators: components['schemas']['IndicatorResponse'][];
      sessionId: number;
      title: string;
    };
    RequestExtensionDto: {
      /**
       * @description The new deadline as an instant.
       * @example 2024-02-29T17:00:00+07:00
       */
      dueAt?: string;
      /**
       * @description The new deadline as a date. Give dueDate or dueAt.
       * @example 2024-02-29
       */
      dueDate?: string;
      /** @description The occurrence (GET /api/tasks/:id/occurrences) this concerns: required for a recurring task (400 naming occurrenceId without it), refused for any other kind. */
      occurrenceId?: number;
      /** @example Chờ Trung ương phân bổ vốn. */
      reason: string;
    };
    ResultDocumentDto: {
      /** @example 2024-02-05 */
      issuedOn?: string | null;
      /** @example 56/BC-SKHĐT */
      number?: string | null;
    };
    ResultDocumentResponse: {
      /** @example 2024-02-05 */
      issuedOn: string | null;
      /** @example 56/BC-SKHĐT */
      number: string | null;
    };
    ReturnCompletionDto: {
      /** @description The occurrence (GET /api/tasks/:id/occurrences) this concerns: required for a recurring task (400 naming occurrenceId without it), refused for any other kind. */
      occurrenceId?: number;
      /**
       * @description Why the office does not accept the completion; the unit is told.
       * @example Chưa có văn bản báo cáo kết quả; đề nghị bổ sung.
       */
      reason: string;
    };
    SessionBulkTasksRequest: {
      /** @description The assigning document (the conclusion notice) of the tasks; of this session or of none. */
      documentId: number;
      tasks: components['schemas']['BulkTaskItem'][];
    };
    SessionDetailResponse: {
      attendeeCount: number;
      chairedBy: string | null;
      conclusion: string | null;
      /** @example 2024-01-25T01:00:00.000Z */
      heldAt: string;
      id: number;
      /** @enum {string} */
      kind: 'regular' | 'thematic' | 'extraordinary';
      location: string | null;
      minutes: string | null;
      /** @example 2024-01-29 */
      noticeDate: string | null;
      noticeNumber: string | null;
      reportCount: number;
      /** @enum {string} */
      status: 'scheduled' | 'held' | 'concluded';
      /** @description Tasks whose source is this session */
      taskCount: number;
      title: string;
    };
    SessionPage: {
      items: components['schemas']['SessionResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    SessionResponse: {
      chairedBy: string | null;
      conclusion: string | null;
      /** @example 2024-01-25T01:00:00.000Z */
      heldAt: string;
      id: number;
      /** @enum {string} */
      kind: 'regular' | 'thematic' | 'extraordinary';
      location: string | null;
      minutes: string | null;
      /** @example 2024-01-29 */
      noticeDate: string | null;
      noticeNumber: string | null;
      /** @enum {string} */
      status: 'scheduled' | 'held' | 'concluded';
      title: string;
    };
    SignedInUser: {
      departmentId: number | null;
      email: string;
      fullName: string;
      id: number;
      /** @enum {string} */
      role: 'admin' | 'office' | 'leader' | 'department';
    };
    SignInSessionResponse: {
      user: components['schemas']['SignedInUser'];
    };
    Span: {
      /** @description UTF-16 index, exclusive */
      end: number;
      /** @description UTF-16 index into the text as received */
      start: number;
    };
    StatusCounts: {
      /** @description Completed by the unit, waiting for the office to confirm it. */
      awaitingConfirmation: number;
      cancelled: number;
      /** @description (doneOnTime + doneLate) / due. An unrounded fraction 0–1, null when due is 0 (same computation as the period report). */
      completionRate: number | null;
      /** @description Completed after the deadline. */
      doneLate: number;
      /** @description Completed by the deadline, or completed without deadline. */
      doneOnTime: number;
      /** @description due = doneOnTime + doneLate + overdue: tasks whose deadline has passed or that are completed. */
      due: number;
      /** @description Open, deadline not passed and at most DUE_SOON_DAYS away. */
      dueSoon: number;
      /** @description Open, deadline more than DUE_SOON_DAYS away. */
      inProgress: number;
      /**
       * @deprecated
       * @description The same as standing; the former name, kept for existing clients.
       */
      noDeadline: number;
      /**
       * @description doneOnTime / due. An unrounded fraction 0–1, null when due is 0 (same computation as the period report).
       * @example 0.8
       */
      onTimeRate: number | null;
      /** @description Open, deadline passed. */
      overdue: number;
      /** @description overdue / due. An unrounded fraction 0–1, null when due is 0 (same computation as the period report). */
      overdueRate: number | null;
      /** @description Of total, the periods of recurring tasks: a recurring task counts once per period (each classified as a task is), so total can exceed the number of tasks listed. */
      recurringPeriods: number;
      /** @description Open standing tasks (thường xuyên, no deadline). */
      standing: number;
      /** @description All tasks counted, whatever their status: inProgress + dueSoon + overdue + standing + doneOnTime + doneLate + cancelled. */
      total: number;
    };
    SuccessionDto: {
      /**
       * @description The date the succession took effect (YYYY-MM-DD, APP_TIMEZONE): not in the future, and not before a unit was itself merged into the unit succeeded. Reports cut off before this date keep the unit succeeded.
       * @example 2025-07-01
       */
      effectiveOn: string;
      /**
       * @description The unit that takes over: active, not itself merged into another, not the unit succeeded.
       * @example 12
       */
      successorId: number;
    };
    SuccessionResponse: {
      /** @description Accounts moved to the successor */
      accounts: number;
      /** @description Open tasks the unit cooperated on, passed to the successor */
      cooperatingTasks: number;
      /** @description The unit succeeded, now inactive */
      department: components['schemas']['DepartmentResponse'];
      /** @description Open tasks the unit led, now led by the successor */
      leadTasks: number;
      successor: components['schemas']['DepartmentResponse'];
    };
    TaskExtensionPage: {
      items: components['schemas']['TaskExtensionResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    TaskExtensionResponse: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      decidedAt: string | null;
      decidedById: number | null;
      decisionNote: string | null;
      /**
       * Format: date-time
       * @description When the office forwarded it.
       */
      forwardedAt: string | null;
      forwardedById: number | null;
      /** @description The office’s opinion sent with the request. */
      forwardOpinion: string | null;
      id: number;
      /** @description The occurrence of a recurring task; null otherwise. */
      occurrenceId: number | null;
      /** Format: date-time */
      previousDueAt: string | null;
      previousDueDate: string | null;
      reason: string;
      requestedById: number | null;
      /** Format: date-time */
      requestedDueAt: string;
      requestedDueDate: string | null;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected';
      taskId: number;
    };
    TaskHistoryChange: {
      /** @description The value after (any JSON value). */
      after: Record<string, never> | null;
      /** @description The value before (any JSON value). */
      before: Record<string, never> | null;
      /**
       * @description The field as the API names it.
       * @example dueDate
       */
      field: string;
      /**
       * @description The field as Vietnamese readers name it.
       * @example Thời hạn
       */
      label: string;
    };
    TaskHistoryEntry: {
      /** @enum {string} */
      action:
        | 'task_created'
        | 'task_updated'
        | 'deadline_changed'
        | 'task_cancelled'
        | 'progress_reported'
        | 'note_added'
        | 'completion_reported'
        | 'completion_confirmed'
        | 'completion_returned'
        | 'extension_requested'
        | 'extension_forwarded'
        | 'extension_approved'
        | 'extension_rejected'
        | 'attachment_added'
        | 'unit_merged'
        | 'record_deleted';
      /** @description Null for a change the system made. */
      actorName: string | null;
      /** @enum {string|null} */
      actorRole: 'admin' | 'office' | 'leader' | 'department' | null;
      /** Format: date-time */
      at: string;
      /** @description The fields an edit changed; empty for other entries. */
      changes: components['schemas']['TaskHistoryChange'][];
      id: number;
      /**
       * @description In Vietnamese.
       * @example Thay đổi thời hạn từ 31/01/2024 thành 29/02/2024
       */
      summary: string;
    };
    TaskOccurrenceResponse: {
      /** @description What the caller may do to this occurrence now, by the task’s rules (send occurrenceId with the action). edit and cancel concern the whole task and are listed on the task only. */
      allowedActions: (
        | 'progress'
        | 'complete'
        | 'note'
        | 'request_extension'
        | 'decide_extension'
        | 'forward_extension'
        | 'confirm'
        | 'return'
        | 'edit'
        | 'cancel'
      )[];
      completedOn: string | null;
      /** @description When the office confirmed the completion. */
      confirmedAt: string | null;
      /**
       * @description The deadline in force (YYYY-MM-DD, ends 23:59:59 local).
       * @example 2024-01-20
       */
      dueDate: string;
      /** @description Approved extensions of this occurrence (gia hạn N lần). */
      extensionCount: number;
      id: number;
      /** @description The deadline as generated, before any extension. */
      originalDueDate: string;
      /** @description The occurrence’s progress percent. */
      percent: number;
      /**
       * @description "Tháng 1/2024", "Quý I/2024" or "Năm 2024".
       * @example Tháng 1/2024
       */
      periodLabel: string;
      result: string | null;
      /**
       * @description Derived as a task’s status, with the task’s cancellation.
       * @enum {string}
       */
      status:
        | 'in_progress'
        | 'due_soon'
        | 'overdue'
        | 'standing'
        | 'awaiting_confirmation'
        | 'done_on_time'
        | 'done_late'
        | 'cancelled';
      /** @example Đang thực hiện trong hạn */
      statusLabel: string;
      taskId: number;
    };
    TaskPage: {
      items: components['schemas']['TaskResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    TaskProgressPage: {
      items: components['schemas']['TaskProgressResponse'][];
      limit: number;
      page: number;
      total: number;
    };
    TaskProgressResponse: {
      /** @description Evidence files the entry carries (a completion’s). */
      attachments: components['schemas']['AttachmentSummary'][];
      authorId: number | null;
      completed: boolean;
      /** Format: date-time */
      createdAt: string;
      departmentId: number | null;
      id: number;
      note: string;
      /** @description The occurrence of a recurring task; null otherwise. */
      occurrenceId: number | null;
      /** @description Null for a note that does not move the percent. */
      percent: number | null;
      taskId: number;
    };
    TaskResponse: {
      /** @description What the caller may do to this task now. */
      allowedActions: (
        | 'progress'
        | 'complete'
        | 'note'
        | 'request_extension'
        | 'decide_extension'
        | 'forward_extension'
        | 'confirm'
        | 'return'
        | 'edit'
        | 'cancel'
      )[];
      /** Format: date-time */
      cancelledAt: string | null;
      cancelReason: string | null;
      /**
       * Format: date-time
       * @description When the completion was recorded.
       */
      completedAt: string | null;
      /** @description Actual completion date (ngày hoàn thành thực tế). */
      completedOn: string | null;
      /**
       * Format: date-time
       * @description When the office confirmed the completion.
       */
      confirmedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Incremented at every deadline change. */
      deadlineVersion: number;
      description: string | null;
      /** @description Difficulties and proposals reported with it. */
      difficulties: string | null;
      /** @description The assigning document; its issuedOn is the assignment date. */
      document: components['schemas']['DocumentSummary'];
      documentId: number;
      /**
       * Format: date-time
       * @description When the deadline ends (for a date: 23:59:59.999 of that day in APP_TIMEZONE); null without deadline.
       */
      dueAt: string | null;
      /** @description YYYY-MM-DD when the deadline was given as a date. */
      dueDate: string | null;
      /** @description Approved extensions so far (gia hạn N lần). */
      extensionCount: number;
      id: number;
      isKey: boolean;
      /**
       * @description deadline (có thời hạn), standing (thường xuyên), recurring (định kỳ).
       * @enum {string}
       */
      kind: 'deadline' | 'standing' | 'recurring';
      leadDepartmentId: number;
      leader: components['schemas']['LeaderSummary'] | null;
      /** @description The leader in charge (lãnh đạo chỉ đạo). */
      leaderId: number | null;
      /** @description The first deadline’s date (YYYY-MM-DD). */
      originalDueDate: string | null;
      progressPercent: number;
      recurrence: components['schemas']['RecurrenceResponse'] | null;
      /** @description The result reported with the completion. */
      result: string | null;
      /** @description The unit’s report document. */
      resultDocument: components['schemas']['ResultDocumentResponse'] | null;
      sessionId: number | null;
      /**
       * @description Derived from the deadline, completion and cancellation.
       * @enum {string}
       */
      status:
        | 'in_progress'
        | 'due_soon'
        | 'overdue'
        | 'standing'
        | 'awaiting_confirmation'
        | 'done_on_time'
        | 'done_late'
        | 'cancelled';
      /** @description The status in Vietnamese, e.g. "Đang thực hiện trong hạn". */
      statusLabel: string;
      supportDepartmentIds: number[];
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back with PATCH; incremented at every change. */
      version: number;
      /** @description Set when the deadline was given as N working days after the document date; dueDate is the result. */
      workingDays: number | null;
    };
    UnitFiguresDto: {
      /** @description Of the total, tasks assigned in the period; carriedOver + assignedInPeriod = total. */
      assignedInPeriod: number;
      /** @description Deadline tasks whose completion (completedOn on or before the cut-off date) the office has not confirmed when the report is computed. Never overdue: the actual date decides. */
      awaitingConfirmation: number;
      /** @description Tasks cancelled in the period, on or before the cut-off instant. */
      cancelled: number;
      /** @description Of the total, tasks assigned before the period (carried over). */
      carriedOver: number;
      code: string;
      /** @description (doneOnTime + doneLate) / due: late completions count as completed. An unrounded fraction 0–1; null when due is 0. */
      completionRate: number | null;
      /** @description The unit leading the tasks counted (a unit counts the tasks it leads). */
      departmentId: number;
      /** @description As doneOnTime, with completedOn after the deadline date in force. */
      doneLate: number;
      /** @description Deadline tasks completed on or before the cut-off date (completedOn), confirmed by the office, with completedOn on or before the deadline date in force at the cut-off. */
      doneOnTime: number;
      /** @description Deadline tasks whose deadline in force is on or before the cut-off date, or whose completion was reported by then: doneOnTime + doneLate + awaitingConfirmation + openOverdue + open tasks due on the cut-off date. */
      due: number;
      name: string;
      /** @description doneOnTime / due. An unrounded fraction 0–1; null when due is 0. */
      onTimeRate: number | null;
      /** @description Open deadline tasks whose deadline in force ended before the cut-off instant. */
      openOverdue: number;
      /** @description Open deadline tasks whose deadline in force had not passed at the cut-off instant. */
      openWithinDeadline: number;
      /** @description openOverdue split by days past the deadline at the cut-off. */
      overdueByAge: components['schemas']['OverdueAgeDto'];
      /** @description openOverdue / due. An unrounded fraction 0–1; null when due is 0. */
      overdueRate: number | null;
      /** @description Rank by score, highest first, ties sharing a rank (1, 1, 3); null without a score or for a department caller. */
      rank: number | null;
      /** @description completionRate × w1 + onTimeRate × w2 + (1 − overdueRate) × w3 with the weights of config/period-score.json (default 30, 50, 20: 0–100), rounded to 2 decimals; null when nothing is due. */
      score: number | null;
      /** @description (doneOnTime + doneLate) / tracked. An unrounded fraction 0–1 of the total less standing and cancelled tasks (the three shares add up to 1); null when that is 0. */
      shareDone: number | null;
      /** @description (openWithinDeadline + awaitingConfirmation) / tracked. An unrounded fraction 0–1 of the total less standing and cancelled tasks (the three shares add up to 1); null when that is 0. */
      shareOpenWithinDeadline: number | null;
      /** @description openOverdue / tracked. An unrounded fraction 0–1 of the total less standing and cancelled tasks (the three shares add up to 1); null when that is 0. */
      shareOverdue: number | null;
      /** @description Standing tasks (thường xuyên) and tasks without a deadline, completed or not. */
      standing: number;
      /** @description Tasks in scope: assigned (their document issued) on or before the cut-off date, and either assigned in the period or still open at its start (not completed before it, not cancelled before it). */
      total: number;
    };
    UpdateAttendeeDto: {
      /** @enum {string} */
      attendance?: 'present' | 'absent' | 'delegated';
      delegateName?: string | null;
      departmentId?: number | null;
      fullName?: string;
      note?: string | null;
      organization?: string | null;
      position?: string | null;
      /** @enum {string} */
      role?: 'chair' | 'member' | 'invited' | 'secretary';
    };
    UpdateDepartmentDto: {
      active?: boolean;
      /** @example SCT */
      code?: string;
      emails?: string[];
      /** @enum {string} */
      kind?: 'department' | 'district' | 'agency' | 'commune' | 'other';
      /** @example Sở Công Thương */
      name?: string;
    };
    UpdateDocumentDto: {
      /** @example 2024-01-29 */
      issuedOn?: string;
      issuer?: string;
      /** @enum {string} */
      kind?: 'conclusion_notice' | 'official_letter' | 'decision' | 'plan' | 'directive' | 'central_document';
      /** @description Số, ký hiệu as written: a number, optionally the year, then the symbol (18/TB-UBND, 125/TB-VPUBND, 09/2019/NĐ-CP). Empty or null for a placeholder. A year written in the number must be the year of issuedOn. Number + issuer + year of issue is unique (409). */
      number?: string | null;
      sessionId?: number | null;
      signerName?: string | null;
      signerTitle?: string | null;
      summary?: string;
    };
    UpdateReportDto: {
      body?: string;
      departmentId?: number;
      /** @description Replaces the whole list */
      indicators?: components['schemas']['IndicatorDto'][];
      title?: string;
    };
    UpdateSessionDto: {
      chairedBy?: string | null;
      conclusion?: string | null;
      /** @example 2024-01-25T08:00:00+07:00 */
      heldAt?: string;
      /** @enum {string} */
      kind?: 'regular' | 'thematic' | 'extraordinary';
      location?: string | null;
      minutes?: string | null;
      /** @description YYYY-MM-DD */
      noticeDate?: string | null;
      noticeNumber?: string | null;
      /**
       * @description Moves only forward: scheduled → held → concluded
       * @enum {string}
       */
      status?: 'scheduled' | 'held' | 'concluded';
      title?: string;
    };
    UpdateTaskDto: {
      /** @description Why the deadline is changed; kept in its history. */
      deadlineReason?: string;
      description?: string | null;
      /** @description Another assigning document; the assignment date follows it. */
      documentId?: number;
      /** @example 2024-02-29T17:00:00+07:00 */
      dueAt?: string | null;
      /** @example 2024-02-29 */
      dueDate?: string | null;
      isKey?: boolean;
      /**
       * @description Must agree with the deadline after the edit: deadline with one, standing without. A recurring task cannot change kind or deadline: its occurrences carry the deadlines.
       * @enum {string}
       */
      kind?: 'deadline' | 'standing';
      leadDepartmentId?: number;
      /** @description The leader in charge; null for none. */
      leaderId?: number | null;
      sessionId?: number | null;
      supportDepartmentIds?: number[];
      title?: string;
      /** @description The version the edit is based on; a stale version answers 409. */
      version: number;
      /** @description A new deadline as N working days after the document’s date. Not with dueDate or dueAt. */
      workingDays?: number | null;
    };
    UpdateUserDto: {
      active?: boolean;
      departmentId?: number | null;
      email?: string;
      fullName?: string;
      /**
       * @description For role "leader": chairman (Chủ tịch) or vice_chairman (Phó Chủ tịch); empty for other roles.
       * @enum {string|null}
       */
      leaderTitle?: 'chairman' | 'vice_chairman' | null;
      password?: string;
      /** @enum {string} */
      role?: 'admin' | 'office' | 'leader' | 'department';
      /** @description For role "leader": the sectors (lĩnh vực) overseen, e.g. "Kinh tế", "Nông nghiệp". */
      sectors?: string[];
    };
    UserResponse: {
      active: boolean;
      departmentId: number | null;
      email: string;
      fullName: string;
      id: number;
      /** @enum {string|null} */
      leaderTitle: 'chairman' | 'vice_chairman' | null;
      /** @enum {string} */
      role: 'admin' | 'office' | 'leader' | 'department';
      sectors: string[];
    };
    WorkingWeekendDayDto: {
      confirmed: boolean;
      /** @example 2024-05-04 */
      date: string;
      /** @example Làm bù cho thứ Hai 29/4/2024 */
      name: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        actorId?: number;
        /** @description task, task_progress, task_extension, task_deadline_change, session, attendee, report, department, user… */
        entity?: string;
        /** @description With entity=task, also returns the changes to the task’s progress, extensions and deadlines. */
        entityId?: string;
        /** @description Inclusive. A date (from its first moment in APP_TIMEZONE) or an ISO 8601 instant. */
        from?: string;
        limit?: number;
        page?: number;
        /** @description Inclusive. A date (to its last moment in APP_TIMEZONE) or an ISO 8601 instant. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryPage'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      /** @description Unknown e-mail, wrong password or inactive account (one answer for all) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many attempts from this client (LOGIN_RATE_LIMIT per minute), or on this account; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description CSRF token missing or wrong */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInUser'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangePasswordResponse'];
        };
      };
      /** @description Too many attempts (the same budget as POST /api/auth/login) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_session: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInSessionResponse'];
        };
      };
      /** @description Unknown e-mail, wrong password or inactive account (one answer for all) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Too many attempts (the same budget as POST /api/auth/login) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlineCalendarController_feed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Unknown or replaced address. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CalendarController_addWorkingDays: {
    parameters: {
      query: {
        /** @description Working days to add (0 answers from). */
        days: number;
        /** @description Start date between 1968-01-01 and 2100-12-31; it does not count itself. */
        from: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarDateDto'];
        };
      };
    };
  };
  CalendarController_holidays: {
    parameters: {
      query: {
        /** @description Solar year. */
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayYearDto'];
        };
      };
    };
  };
  CalendarController_lunar: {
    parameters: {
      query: {
        /** @description A calendar date between 1968-01-01 and 2100-12-31. */
        date: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LunarDateDto'];
        };
      };
    };
  };
  CalendarController_solar: {
    parameters: {
      query: {
        /** @description The leap month (tháng nhuận) of that number. */
        leapMonth?: boolean;
        lunarDay: number;
        lunarMonth: number;
        /** @description Lunar year: the one whose first month (tháng Giêng) begins in this solar year. */
        lunarYear: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarDateDto'];
        };
      };
      /** @description The lunar date does not exist: a leap month the year lacks, or day 30 of a 29-day month. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DepartmentsController_list: {
    parameters: {
      query?: {
        active?: boolean;
        kind?: 'department' | 'district' | 'agency' | 'commune' | 'other';
        limit?: number;
        page?: number;
        /** @description Matches code and name, with or without diacritics */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentPage'];
        };
      };
      /** @description A bad filter; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DepartmentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDepartmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentResponse'];
        };
      };
      /** @description A bad field; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The code is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DepartmentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DepartmentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDepartmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentResponse'];
        };
      };
      /** @description A bad field; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The code is taken */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlineCalendarController_address: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarAddressResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DeadlineCalendarController_rotate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarAddressResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  WordDocumentsController_reminderLetter: {
    parameters: {
      query?: {
        /** @description The day the letter speaks of (APP_TIMEZONE); the statuses are those at its end. Default: today. */
        asOf?: string;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description asOf is not a date. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description rule nothing_to_remind: the unit had no overdue or soon-due task on asOf. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DepartmentsController_succeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SuccessionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuccessionResponse'];
        };
      };
      /** @description successorId missing, unknown, the unit itself, inactive or itself merged; effectiveOn malformed, in the future or before a merger into this unit. The message names the field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The unit was already merged into another */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DepartmentsController_groups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentGroupResponse'][];
        };
      };
    };
  };
  DigestsController_run: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DigestRunResponse'];
        };
      };
    };
  };
  DocumentsController_list: {
    parameters: {
      query?: {
        kind?: 'conclusion_notice' | 'official_letter' | 'decision' | 'plan' | 'directive' | 'central_document';
        limit?: number;
        page?: number;
        /** @description Words of the number, issuer or summary, with or without diacritics. */
        q?: string;
        sessionId?: number;
        /** @description Year of issue. */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentPage'];
        };
      };
      /** @description A bad filter; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DocumentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description A bad field (a malformed number, an unknown session); the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The same number of the same issuer in the same year is already recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DocumentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DocumentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDocumentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description A bad field; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The same number of the same issuer in the same year is already recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExtractionController_draftDocumentTasks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftTasksRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftTasksResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such document. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExtractionController_createDocumentTasks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DocumentBulkTasksRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedTasksResponse'];
        };
      };
      /** @description A task is invalid; the field names its index, e.g. tasks[2].dueDate. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such document. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InboxController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxResponse'];
        };
      };
    };
  };
  ExtractionController_indicators: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorNamesResponse'];
        };
      };
    };
  };
  ExtractionController_series: {
    parameters: {
      query: {
        /** @description An indicator name (any wording of it) or its key */
        name: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorSeriesResponse'];
        };
      };
    };
  };
  LeadersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeaderResponse'][];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        departmentId?: number;
        kind?:
          | 'reminder'
          | 'overdue'
          | 'digest'
          | 'summary'
          | 'assigned'
          | 'deadline_moved'
          | 'task_cancelled'
          | 'ext_requested'
          | 'ext_decided'
          | 'ext_forwarded'
          | 'done_reported'
          | 'done_returned';
        limit?: number;
        page?: number;
        /** @description `past`: notices whose planned time has come (sent, failed, skipped, cancelled or being sent), the latest first; `upcoming`: notices planned for later, the soonest first. Without it, every notice, the latest planned first. */
        scheduled?: 'past' | 'upcoming';
        status?: 'pending' | 'sent' | 'failed' | 'cancelled' | 'skipped';
        taskId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
    };
  };
  ReportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateReportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportResponse'];
        };
      };
      /** @description A bad field or an unknown departmentId; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown report, or another department’s report for a department user */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExtractionController_extractIndicators: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtractIndicatorsRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposedIndicatorsResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such report, or one of another department. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PeriodsController_listFrozen: {
    parameters: {
      query?: {
        limit?: number;
        page?: number;
        /** @description Only the revisions of one period, by its bare code (BC-2024-01, BC-2024-Q1, BC-2024-H1, BC-2024). */
        periodCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FrozenReportPage'];
        };
      };
    };
  };
  PeriodsController_frozen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FrozenReportDto'];
        };
      };
      /** @description A malformed code */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No report frozen under that code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PeriodWorkbookController_frozen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description A malformed code */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No report frozen under that code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PeriodsController_period: {
    parameters: {
      query?: {
        /** @description Instead of kind/year/number: the first day of a free period (YYYY-MM-DD, APP_TIMEZONE). */
        from?: string;
        /** @description month, quarter, half or year. With PERIOD_CUTOFF_DAY = 14 (the default, Nghị định 09/2019/NĐ-CP Art. 12) month n runs from the 15th of month n − 1 to the 14th of month n; a quarter from the 15th of the month before it to the 14th of its last month; a half-year likewise; the year from 15 December of the year before to 14 December. PERIOD_CUTOFF_DAY = 0 gives calendar periods. */
        kind?: 'month' | 'quarter' | 'half' | 'year';
        /** @description Month 1–12, quarter 1–4, half 1–2; not needed for a year. */
        number?: number;
        /** @description The last day of a free period, inclusive. */
        to?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodReportDto'];
        };
      };
      /** @description A bad or missing parameter; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PeriodWorkbookController_period: {
    parameters: {
      query?: {
        /** @description Instead of kind/year/number: the first day of a free period (YYYY-MM-DD, APP_TIMEZONE). */
        from?: string;
        /** @description month, quarter, half or year. With PERIOD_CUTOFF_DAY = 14 (the default, Nghị định 09/2019/NĐ-CP Art. 12) month n runs from the 15th of month n − 1 to the 14th of month n; a quarter from the 15th of the month before it to the 14th of its last month; a half-year likewise; the year from 15 December of the year before to 14 December. PERIOD_CUTOFF_DAY = 0 gives calendar periods. */
        kind?: 'month' | 'quarter' | 'half' | 'year';
        /** @description Month 1–12, quarter 1–4, half 1–2; not needed for a year. */
        number?: number;
        /** @description The last day of a free period, inclusive. */
        to?: string;
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description A bad or missing parameter; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PeriodsController_freeze: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FreezePeriodDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FreezeResponseDto'];
        };
      };
      /** @description A bad field, or a re-freeze without reason; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The period has not ended yet */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionsController_list: {
    parameters: {
      query?: {
        /** @description Sessions held on or after: a date (YYYY-MM-DD, from the start of that day in APP_TIMEZONE) or an instant */
        from?: string;
        kind?: 'regular' | 'thematic' | 'extraordinary';
        limit?: number;
        page?: number;
        /** @description Matches the title, with or without diacritics */
        q?: string;
        sort?: 'heldAt' | '-heldAt';
        status?: 'scheduled' | 'held' | 'concluded';
        /** @description Sessions held on or before: a date (YYYY-MM-DD, to the end of that day in APP_TIMEZONE) or an instant */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionPage'];
        };
      };
      /** @description A bad filter; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSessionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDetailResponse'];
        };
      };
      /** @description A bad field; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDetailResponse'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSessionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDetailResponse'];
        };
      };
      /** @description A bad field; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The status would move backwards */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttendeesController_list: {
    parameters: {
      query?: {
        attendance?: 'present' | 'absent' | 'delegated';
        limit?: number;
        page?: number;
        role?: 'chair' | 'member' | 'invited' | 'secretary';
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendeePage'];
        };
      };
      /** @description Unknown session */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttendeesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAttendeeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendeeResponse'];
        };
      };
      /** @description A bad field, an unknown departmentId, or a delegation without delegateName */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown session */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttendeesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attendeeId: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown session, or an attendee of another session */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttendeesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attendeeId: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAttendeeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendeeResponse'];
        };
      };
      /** @description A bad field, an unknown departmentId, or a delegation without delegateName */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown session, or an attendee of another session */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionsController_carriedOver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CarriedOverResponse'];
        };
      };
      /** @description A malformed id */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  WordDocumentsController_conclusionNotice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExtractionController_draftTasks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftTasksRequest'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftTasksResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such session. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_list: {
    parameters: {
      query?: {
        departmentId?: number;
        limit?: number;
        page?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportPage'];
        };
      };
      /** @description Unknown session */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReportDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportResponse'];
        };
      };
      /** @description A bad field or an unknown departmentId; the message names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A department submitting for another department */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unknown session */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExtractionController_createTasks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SessionBulkTasksRequest'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedTasksResponse'];
        };
      };
      /** @description A task is invalid; the field names its index, e.g. tasks[2].dueDate. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such session. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  StatsController_departments: {
    parameters: {
      query?: {
        /** @description Only tasks assigned by this document. */
        documentId?: number;
        /** @description Tasks assigned in the period: their assigning document issued (issuedOn) from `from` to `to`, calendar dates both inclusive. Each task is classified by its status now. */
        from?: string;
        /** @description Only tasks directed by this leader (leaderId). */
        leaderId?: number;
        limit?: number;
        page?: number;
        /** @description Tasks assigned in a reporting period: 2024-01 (month), 2024-Q1, 2024-H1 or 2024, with the cut-off of PERIOD_CUTOFF_DAY (default 14: January = 15/12/2023–14/01/2024); not with from/to. Classified by status now: for the figures as of the cut-off use /api/reports/period. */
        period?: string;
        /** @description Only tasks from this session. */
        sessionId?: number;
        /** @description Tasks assigned in the period: their assigning document issued (issuedOn) from `from` to `to`, calendar dates both inclusive. Each task is classified by its status now. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentStatsPage'];
        };
      };
    };
  };
  StatsController_summary: {
    parameters: {
      query?: {
        /** @description Only tasks assigned by this document. */
        documentId?: number;
        /** @description Tasks assigned in the period: their assigning document issued (issuedOn) from `from` to `to`, calendar dates both inclusive. Each task is classified by its status now. */
        from?: string;
        /** @description Only tasks directed by this leader (leaderId). */
        leaderId?: number;
        /** @description Tasks assigned in a reporting period: 2024-01 (month), 2024-Q1, 2024-H1 or 2024, with the cut-off of PERIOD_CUTOFF_DAY (default 14: January = 15/12/2023–14/01/2024); not with from/to. Classified by status now: for the figures as of the cut-off use /api/reports/period. */
        period?: string;
        /** @description Only tasks from this session. */
        sessionId?: number;
        /** @description Tasks assigned in the period: their assigning document issued (issuedOn) from `from` to `to`, calendar dates both inclusive. Each task is classified by its status now. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StatusCounts'];
        };
      };
    };
  };
  TasksController_list: {
    parameters: {
      query?: {
        /** @description Tasks this department leads or cooperates on. */
        departmentId?: number;
        /** @description Tasks assigned by this document. */
        documentId?: number;
        /** @description Tasks assigned by a document of this kind. */
        documentKind?: 'conclusion_notice' | 'official_letter' | 'decision' | 'plan' | 'directive' | 'central_document';
        /** @description Deadline on or after this date (APP_TIMEZONE). */
        dueFrom?: string;
        /** @description Deadline on or before this date (APP_TIMEZONE), inclusive. */
        dueTo?: string;
        isKey?: boolean;
        kind?: 'deadline' | 'standing' | 'recurring';
        /** @description Tasks this department leads. */
        leadDepartmentId?: number;
        /** @description Tasks directed by this leader. */
        leaderId?: number;
        limit?: number;
        page?: number;
        /** @description Words in the title or description, with or without diacritics ("so y te" finds "Sở Y tế"). */
        q?: string;
        sessionId?: number;
        /** @description dueAt sorts tasks without a deadline last; urgency puts open tasks first by deadline (overdue, then due soon, then the rest), then open tasks without a deadline, then closed ones; ties go by id. */
        sort?: 'dueAt' | '-dueAt' | 'createdAt' | '-createdAt' | 'urgency';
        /** @description Statuses, comma-separated (status=overdue,due_soon) or repeated (status=overdue&status=due_soon). `no_deadline`, the former name of `standing`, is accepted as an alias of it. */
        status?: (
          | 'in_progress'
          | 'due_soon'
          | 'overdue'
          | 'standing'
          | 'awaiting_confirmation'
          | 'done_on_time'
          | 'done_late'
          | 'cancelled'
        )[];
        /** @description Tasks this department cooperates on (phối hợp). */
        supportDepartmentId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskPage'];
        };
      };
      /** @description A filter is invalid; the message names it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTaskDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      /** @description A field is invalid; the message names it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksCsvController_export: {
    parameters: {
      query?: {
        /** @description Tasks this department leads or cooperates on. */
        departmentId?: number;
        /** @description Tasks assigned by this document. */
        documentId?: number;
        /** @description Tasks assigned by a document of this kind. */
        documentKind?: 'conclusion_notice' | 'official_letter' | 'decision' | 'plan' | 'directive' | 'central_document';
        /** @description Deadline on or after this date (APP_TIMEZONE). */
        dueFrom?: string;
        /** @description Deadline on or before this date (APP_TIMEZONE), inclusive. */
        dueTo?: string;
        isKey?: boolean;
        kind?: 'deadline' | 'standing' | 'recurring';
        /** @description Tasks this department leads. */
        leadDepartmentId?: number;
        /** @description Tasks directed by this leader. */
        leaderId?: number;
        limit?: number;
        page?: number;
        /** @description Words in the title or description, with or without diacritics ("so y te" finds "Sở Y tế"). */
        q?: string;
        sessionId?: number;
        /** @description dueAt sorts tasks without a deadline last; urgency puts open tasks first by deadline (overdue, then due soon, then the rest), then open tasks without a deadline, then closed ones; ties go by id. */
        sort?: 'dueAt' | '-dueAt' | 'createdAt' | '-createdAt' | 'urgency';
        /** @description Statuses, comma-separated (status=overdue,due_soon) or repeated (status=overdue&status=due_soon). `no_deadline`, the former name of `standing`, is accepted as an alias of it. */
        status?: (
          | 'in_progress'
          | 'due_soon'
          | 'overdue'
          | 'standing'
          | 'awaiting_confirmation'
          | 'done_on_time'
          | 'done_late'
          | 'cancelled'
        )[];
        /** @description Tasks this department cooperates on (phối hợp). */
        supportDepartmentId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description A filter is invalid; the message names it. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTaskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Stale version, or the task is completed or cancelled. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttachmentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentResponse'][];
        };
      };
      /** @description No such task or attachment, or a task the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttachmentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['AttachmentUploadBody'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentResponse'];
        };
      };
      /** @description No file in the field `file`, or an empty one. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A cooperating department or a leader. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task or attachment, or a task the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The task is completed or cancelled. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The file is larger than 20 MB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The content is not PDF, DOCX or XLSX, or contradicts the name. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AttachmentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file, with its name in Content-Disposition. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task or attachment, or a task the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelTaskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The task is already completed or cancelled. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmCompletionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No completion awaits confirmation (none reported, already confirmed, cancelled). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_listDeadlines: {
    parameters: {
      query?: {
        limit?: number;
        page?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineChangePage'];
        };
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_listExtensions: {
    parameters: {
      query?: {
        limit?: number;
        page?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExtensionPage'];
        };
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_requestExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestExtensionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExtensionResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The task is closed, has no deadline, or already has a pending request. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_getExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        extensionId: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExtensionResponse'];
        };
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        extensionId: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveExtensionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExtensionResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Already decided, or the task is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_forward: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        extensionId: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ForwardExtensionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExtensionResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Already decided or already forwarded. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        extensionId: number;
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RejectExtensionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskExtensionResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Already decided. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TaskHistoryController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskHistoryEntry'][];
        };
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_listOccurrences: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskOccurrenceResponse'][];
        };
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_listProgress: {
    parameters: {
      query?: {
        limit?: number;
        page?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskProgressPage'];
        };
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TasksController_addProgress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddProgressDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskProgressResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The task is completed or cancelled. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  NotificationsController_listForTask: {
    parameters: {
      query?: {
        limit?: number;
        page?: number;
        status?: 'pending' | 'sent' | 'failed' | 'cancelled' | 'skipped';
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
    };
  };
  TasksController_returnCompletion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReturnCompletionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskResponse'];
        };
      };
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No such task, or one the department may not see. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No completion awaits confirmation (none reported, already confirmed, cancelled). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        active?: 'true' | 'false';
        departmentId?: number;
        limit?: number;
        page?: number;
        role?: 'admin' | 'office' | 'leader' | 'department';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up",
             *         "responseTime": 12
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up",
             *         "responseTime": 12
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example ok
             * @enum {string}
             */
            status?: 'ok' | 'degraded';
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up",
             *         "responseTime": 12
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect",
             *         "responseTime": 3005
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect",
             *         "responseTime": 3005
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up",
             *         "responseTime": 12
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                /** @description Time the health indicator took to respond, in ms */
                responseTime?: number;
                /** @enum {string} */
                status: 'up' | 'degraded' | 'down';
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example error
             * @enum {string}
             */
            status?: 'error' | 'shutting_down';
          };
        };
      };
    };
  };
}
