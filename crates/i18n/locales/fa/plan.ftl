## The action plan: goals, measures, origins and progress; workshop results; the back office for both.

plan-title = برنامهٔ اقدام
plan-read = رفتن به برنامهٔ اقدام با همهٔ هدف‌ها و اقدام‌ها
plan-pdf-link = بارگیری برنامهٔ اقدام به‌صورت PDF
plan-open-data = داده‌های باز
plan-empty = برنامهٔ اقدام هنوز هیچ هدفی ندارد. شهر آن را پس از مرحلهٔ مشارکت می‌نویسد.
plan-fields = حوزه‌های عمل
plan-field = حوزهٔ عمل
plan-goal = هدف
plan-no-goals = برای این حوزهٔ عمل هنوز هدفی تعیین نشده است.
plan-no-measures = برای این هدف هنوز اقدامی تعیین نشده است.
plan-status = وضعیت
plan-status-planned = برنامه‌ریزی‌شده
plan-status-in-progress = در حال انجام
plan-status-done = انجام‌شده
plan-status-dropped = دیگر پیگیری نمی‌شود
plan-lead-unit = مسئول
plan-partners = شرکا
plan-timeframe = بازهٔ زمانی
plan-indicators = معیارهای سنجش موفقیت
plan-latest-update = آخرین گزارش پیشرفت به تاریخ
plan-all-updates = { $count ->
        [one] { $count } گزارش پیشرفت
       *[other] همهٔ { $count } گزارش پیشرفت
    }
plan-as-of = وضعیت در تاریخ { $date }

plan-based-on = مبنا: { $list }.
list-and = { $first } و { $last }
list-comma = { $first }، { $rest }
plan-origin-proposals = { $count ->
        [one] { $count } پیشنهاد
       *[other] { $count } پیشنهاد
    }
plan-origin-workshop-results = { $count ->
        [one] { $count } نتیجه از رویدادها
       *[other] { $count } نتیجه از رویدادها
    }
plan-origin-comments = { $count ->
        [one] { $count } نظر
       *[other] { $count } نظر
    }
plan-origin-papers = { $count ->
        [one] { $count } موضع‌نامه
       *[other] { $count } موضع‌نامه
    }
plan-origin-none = این اقدام از سوی شهرداری مطرح شده است.
plan-origin-kind-proposal = پیشنهاد
plan-origin-kind-workshop = نتیجهٔ یک رویداد
plan-origin-kind-comment = نظر
plan-origin-kind-paper = موضع‌نامه
plan-origin-removed = حذف‌شده

plan-progress-title = پیشرفت برنامهٔ اقدام
plan-progress-intro = این جدول برای هر حوزهٔ عمل نشان می‌دهد که چند اقدام برنامه‌ریزی‌شده، در حال انجام یا انجام‌شده است و چند اقدام دیگر پیگیری نمی‌شود.
plan-progress-caption = اقدام‌ها بر اساس حوزهٔ عمل و وضعیت
plan-total = جمع
plan-share-done = سهم انجام‌شده
plan-percent = { $percent }٪
plan-all-fields = همهٔ حوزه‌های عمل

plan-results-title = نتایج رویدادها
plan-results-intro = این‌ها را گروه‌های کاری و تابلوهای یادداشت در رویدادها ثبت کرده‌اند. برچسب‌های رأی نشان می‌دهند که هر نکته برای چند نفر مهم بوده است.
plan-results-none = هنوز نتیجه‌ای ثبت نشده است.
plan-to-plan = رفتن به برنامهٔ اقدام
plan-pin-board = تابلوهای یادداشت
plan-working-group-removed = گروه کاری
plan-dot-votes = { $count ->
        [one] { $count } برچسب رأی
       *[other] { $count } برچسب رأی
    }
plan-result-became = این نتیجه در برنامهٔ اقدام به این صورت درآمد:

plan-admin-nav = برنامهٔ اقدام و نتایج
plan-admin-no-processes = شما اجازهٔ ویرایش برنامهٔ اقدام هیچ فرایند مشارکتی را ندارید.
plan-admin-edit-plan = ویرایش برنامهٔ اقدام
plan-admin-results = ثبت نتایج
plan-admin-title = برنامهٔ اقدام: { $process }
plan-admin-public-page = صفحهٔ عمومی
plan-admin-back = بازگشت به برنامهٔ اقدام
plan-admin-edit-goal = ویرایش هدف
plan-admin-add-goal = افزودن هدف
plan-admin-add-measure = افزودن اقدام
plan-admin-goal-title = عنوان هدف
plan-admin-measure-title = عنوان اقدام
plan-admin-description = شرح
plan-admin-goal-heading = هدف: { $goal }
plan-admin-measure-heading = اقدام: { $measure }
plan-admin-delete-goal = حذف هدف
plan-admin-delete-goal-text = { $count ->
        [0] این هدف هیچ اقدامی ندارد.
        [one] با حذف هدف، اقدام آن هم همراه با گزارش‌ها و ارتباط‌هایش حذف می‌شود.
       *[other] با حذف هدف، { $count } اقدام آن هم همراه با گزارش‌ها و ارتباط‌هایشان حذف می‌شوند.
    }
plan-admin-delete-measure = حذف اقدام
plan-admin-delete-confirm = بله، می‌خواهم این مورد را حذف کنم.
plan-admin-texts = متن‌ها و وضعیت
plan-admin-progress = پیشرفت
plan-admin-no-updates = هنوز گزارش پیشرفتی وجود ندارد.
plan-admin-add-update = افزودن گزارش پیشرفت
plan-admin-update-date = تاریخ گزارش
plan-admin-update-note = چه اتفاقی افتاده است؟
plan-admin-origins = منشأ
plan-admin-origins-hint = اقدام را با نوشته‌هایی که از آن‌ها پدید آمده است مرتبط کنید. به این ترتیب همه می‌توانند ببینند که از یک پیشنهاد چه نتیجه‌ای حاصل شده است.
plan-admin-remove-origin = حذف ارتباط
plan-admin-add-origin = افزودن ارتباط
plan-admin-link = مرتبط کردن
plan-admin-no-proposals = برای این حوزهٔ عمل هیچ پیشنهادی نیست که هنوز مرتبط نشده باشد.
plan-admin-no-results = برای این حوزهٔ عمل هیچ نتیجه‌ای از رویدادها نیست که هنوز مرتبط نشده باشد.
plan-admin-no-papers = هیچ موضع‌نامه‌ای نیست که هنوز مرتبط نشده باشد.
plan-admin-comment-number = شمارهٔ نظر
plan-admin-comment-hint = این شماره در نشانی نظر، پس از «#c-» آمده است.
plan-admin-results-title = نتایج: { $event }
plan-admin-result-edit-title = تغییر نتیجه: { $event }
plan-admin-all-results = همهٔ نتایج این رویداد
plan-admin-result-record = ثبت نتیجه
plan-admin-result-change = تغییر نتیجه
plan-admin-result-group = گروه کاری یا تابلوی یادداشت
plan-admin-result-text = متن
plan-admin-result-text-hint = آنچه را روی کارت یا در صورت‌جلسه نوشته شده است بنویسید. سطر اول عنوان است.
plan-admin-result-dots = برچسب‌های رأی
plan-admin-results-recorded = نتایج ثبت‌شده
plan-admin-result-delete = حذف

plan-admin-error-german = لطفاً متن را به آلمانی بنویسید. ترجمه‌ها اختیاری‌اند، اما متن آلمانی همیشه لازم است.
plan-admin-error-too-long = لطفاً حداکثر { $max } کاراکتر بنویسید.
plan-admin-error-text-empty = لطفاً یک متن بنویسید.
plan-admin-error-date = لطفاً یک تاریخ معتبر وارد کنید.
plan-admin-error-comment = نظری با این شماره در این فرایند مشارکت وجود ندارد.
plan-admin-error-dot-votes = لطفاً یک عدد صحیح از 0 به بالا وارد کنید.
plan-admin-error-confirm = لطفاً تأیید کنید که می‌خواهید حذف کنید.

plan-admin-done-goal-added = هدف افزوده شد.
plan-admin-done-goal-saved = هدف ذخیره شد.
plan-admin-done-goal-deleted = هدف حذف شد.
plan-admin-done-measure-added = اقدام افزوده شد. اکنون سایر اطلاعات آن را تکمیل کنید.
plan-admin-done-measure-saved = اقدام ذخیره شد.
plan-admin-done-measure-deleted = اقدام حذف شد.
plan-admin-done-update-added = گزارش ذخیره شد. وضعیت اقدام اکنون همان وضعیتی است که در گزارش آمده است.
plan-admin-done-origin-added = ارتباط ذخیره شد.
plan-admin-done-origin-removed = ارتباط حذف شد.
plan-admin-done-result-added = نتیجه ثبت شد.
plan-admin-done-result-saved = نتیجه ذخیره شد.
plan-admin-done-result-deleted = نتیجه حذف شد. ارتباط‌های آن با اقدام‌ها هم حذف شدند.
