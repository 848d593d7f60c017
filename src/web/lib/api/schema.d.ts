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
     * @description Newest first. entity=task&entityId=N returns the task’s history including its progress, extensions and deadline changes.
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
  '/api/stats/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Task counts by status for each department, counting the tasks it leads
     * @description Filters: sessionId; from/to select tasks created in that period (dates in APP_TIMEZONE, inclusive). onTimeRate = doneOnTime / (doneOnTime + doneLate + overdue), a fraction 0–1, null when the denominator is 0. A department user gets only its own row.
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
     * @description Same filters and onTimeRate as /api/stats/departments.
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
    /** Approve a pending request: the requested deadline applies (office, leader) */
    post: operations['TasksController_approve'];
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
    /** Reject a pending request with a note (office, leader) */
    post: operations['TasksController_reject'];
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
    /** Post progress; completed: true completes the task */
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
      /**
       * @description true completes the task (percent becomes 100).
       * @default false
       */
      completed: boolean;
      /** @example Đã giải ngân 35% kế hoạch vốn. */
      note: string;
      /** @description The task’s percent after this update. Omitted, or sent by a cooperating department, the note leaves the percent as it is. */
      percent?: number;
    };
    ApproveExtensionDto: {
      note?: string;
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
      kind: 'department' | 'district' | 'agency' | 'other';
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
       * @description deadline (có thời hạn) needs dueDate, dueAt or workingDays; standing (thường xuyên) has none. Omitted: deadline when a deadline is given, else standing.
       * @enum {string}
       */
      kind?: 'deadline' | 'standing';
      /** @description The lead department (chủ trì); must exist and be active. */
      leadDepartmentId: number;
      /** @description The leader in charge (lãnh đạo chỉ đạo): an active account of role leader (see GET /api/leaders). */
      leaderId?: number | null;
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
      password: string;
      /** @enum {string} */
      role: 'admin' | 'office' | 'leader' | 'department';
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
      kind: 'department' | 'district' | 'agency' | 'other';
      /** @example Sở Công Thương */
      name: string;
    };
    DepartmentStats: {
      cancelled: number;
      code: string;
      departmentId: number;
      /** @description Completed after the deadline. */
      doneLate: number;
      /** @description Completed by the deadline, or completed without deadline. */
      doneOnTime: number;
      /** @description Open, deadline within DUE_SOON_DAYS. */
      dueSoon: number;
      /** @description Open, deadline more than DUE_SOON_DAYS away. */
      inProgress: number;
      name: string;
      /** @description Open, no deadline (continuing task). */
      noDeadline: number;
      /**
       * @description doneOnTime / (doneOnTime + doneLate + overdue), a fraction from 0 to 1; null when that denominator is 0. Tasks in progress, due soon, without deadline or cancelled do not count either way.
       * @example 0.8
       */
      onTimeRate: number | null;
      /** @description Open, deadline passed. */
      overdue: number;
      /** @description All tasks counted, whatever their status. */
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
      /** @example Giá trị sản xuất công nghiệp */
      name: string;
      /** @example triệu đồng */
      unit?: string | null;
      /** @example 194970 */
      value: number;
    };
    IndicatorResponse: {
      changeFromLastYearPct: number | null;
      changeFromPreviousPct: number | null;
      name: string;
      unit: string | null;
      value: number;
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
      kind: 'reminder' | 'overdue' | 'digest' | 'summary';
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
    RecurrenceResponse: {
      /** @description Day of the month (of the period’s last month for a quarter or year) it is due. */
      day: number;
      /** @enum {string} */
      every: 'month' | 'quarter' | 'year';
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
      /** @example Chờ Trung ương phân bổ vốn. */
      reason: string;
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
    StatusCounts: {
      cancelled: number;
      /** @description Completed after the deadline. */
      doneLate: number;
      /** @description Completed by the deadline, or completed without deadline. */
      doneOnTime: number;
      /** @description Open, deadline within DUE_SOON_DAYS. */
      dueSoon: number;
      /** @description Open, deadline more than DUE_SOON_DAYS away. */
      inProgress: number;
      /** @description Open, no deadline (continuing task). */
      noDeadline: number;
      /**
       * @description doneOnTime / (doneOnTime + doneLate + overdue), a fraction from 0 to 1; null when that denominator is 0. Tasks in progress, due soon, without deadline or cancelled do not count either way.
       * @example 0.8
       */
      onTimeRate: number | null;
      /** @description Open, deadline passed. */
      overdue: number;
      /** @description All tasks counted, whatever their status. */
      total: number;
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
      id: number;
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
      authorId: number | null;
      completed: boolean;
      /** Format: date-time */
      createdAt: string;
      departmentId: number | null;
      id: number;
      note: string;
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
      sessionId: number | null;
      /**
       * @description Derived from the deadline, completion and cancellation.
       * @enum {string}
       */
      status: 'in_progress' | 'due_soon' | 'overdue' | 'no_deadline' | 'done_on_time' | 'done_late' | 'cancelled';
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
      kind?: 'department' | 'district' | 'agency' | 'other';
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
       * @description Must agree with the deadline after the edit: deadline with one, standing without.
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
      password?: string;
      /** @enum {string} */
      role?: 'admin' | 'office' | 'leader' | 'department';
    };
    UserResponse: {
      active: boolean;
      departmentId: number | null;
      email: string;
      fullName: string;
      id: number;
      /** @enum {string} */
      role: 'admin' | 'office' | 'leader' | 'department';
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
        content?: never;
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
      /** @description Too many attempts from this client (LOGIN_RATE_LIMIT per minute) */
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
        kind?: 'department' | 'district' | 'agency' | 'other';
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
  NotificationsController_list: {
    parameters: {
      query?: {
        departmentId?: number;
        kind?: 'reminder' | 'overdue' | 'digest' | 'summary';
        limit?: number;
        page?: number;
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
  StatsController_departments: {
    parameters: {
      query?: {
        /** @description Tasks created (assigned) in the period: from and to are calendar dates in APP_TIMEZONE, both inclusive. Each task is classified by its status now. */
        from?: string;
        limit?: number;
        page?: number;
        /** @description Only tasks from this session. */
        sessionId?: number;
        /** @description Tasks created (assigned) in the period: from and to are calendar dates in APP_TIMEZONE, both inclusive. Each task is classified by its status now. */
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
        /** @description Tasks created (assigned) in the period: from and to are calendar dates in APP_TIMEZONE, both inclusive. Each task is classified by its status now. */
        from?: string;
        /** @description Only tasks from this session. */
        sessionId?: number;
        /** @description Tasks created (assigned) in the period: from and to are calendar dates in APP_TIMEZONE, both inclusive. Each task is classified by its status now. */
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
        /** @description Statuses, comma-separated (status=overdue,due_soon) or repeated (status=overdue&status=due_soon). */
        status?: (
          'in_progress' | 'due_soon' | 'overdue' | 'no_deadline' | 'done_on_time' | 'done_late' | 'cancelled'
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
        /** @description Statuses, comma-separated (status=overdue,due_soon) or repeated (status=overdue&status=due_soon). */
        status?: (
          'in_progress' | 'due_soon' | 'overdue' | 'no_deadline' | 'done_on_time' | 'done_late' | 'cancelled'
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
