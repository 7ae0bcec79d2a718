## Proposals for goals and measures, support, position papers and the organiser's answers.

proposals-trail = شما اینجا هستید
proposals-heading = پیشنهادها
proposals-field-title = پیشنهادها: { $field }
proposals-intro = در اینجا می‌توانید برای این حوزهٔ عمل هدف‌ها و اقدام‌هایی پیشنهاد کنید و از پیشنهادهای دیگران حمایت کنید. برگزارکننده به هر پیشنهاد به‌طور عمومی پاسخ می‌دهد.
proposals-count = { $count ->
    [0] هنوز پیشنهادی نیست.
    [one] { $count } پیشنهاد وجود دارد.
   *[other] { $count } پیشنهاد وجود دارد.
}
proposals-by = از
proposals-kind = چه چیزی پیشنهاد می‌کنید؟
proposals-kind-goal = هدف
proposals-kind-measure = اقدام
proposals-kind-missing = لطفاً انتخاب کنید که هدف پیشنهاد می‌کنید یا اقدام.
proposals-title-label = عنوان
proposals-title-hint = یک جملهٔ کوتاه که بگوید موضوع چیست. حداکثر 200 کاراکتر.
proposals-title-missing = لطفاً یک عنوان وارد کنید.
proposals-title-too-long = عنوان حداکثر می‌تواند { $max } کاراکتر باشد.
proposals-text-label = پیشنهاد شما
proposals-text-hint = توضیح دهید چه کاری باید انجام شود و چرا. می‌توانید از قالب‌بندی ساده استفاده کنید: **پررنگ**، و فهرست با «- » در ابتدای سطر. حداکثر 5000 کاراکتر.
proposals-text-missing = لطفاً پیشنهاد خود را شرح دهید.
proposals-text-too-long = متن حداکثر می‌تواند { $max } کاراکتر باشد.
proposals-propose-heading = ارائهٔ پیشنهاد
proposals-submit = ارسال پیشنهاد
proposals-too-many = شما در مدت کوتاهی مطالب زیادی نوشته‌اید. لطفاً چند دقیقه صبر کنید و سپس دوباره امتحان کنید.
proposals-need-name = پیش از نوشتن، لطفاً نامی را انتخاب کنید که کنار نوشته‌هایتان نمایش داده می‌شود.
proposals-choose-name = انتخاب نام
proposals-sign-in-to-propose = برای ارائهٔ پیشنهاد یا حمایت از پیشنهادها، لطفاً وارد شوید. فقط به نشانی ایمیل خود نیاز دارید.
proposals-sign-in = ورود
proposals-opens-later = از { $start } تا { $end } می‌توانید پیشنهاد بدهید و از پیشنهادها حمایت کنید.
proposals-phase-over = مرحلهٔ مشارکت به پایان رسیده است. دیگر نمی‌توانید پیشنهاد بدهید یا از پیشنهادی حمایت کنید. پیشنهادها و پاسخ‌های برگزارکننده همچنان خواندنی است.
proposals-no-phase = این فرایند مرحلهٔ مشارکت ندارد. می‌توانید پیشنهادها را در اینجا بخوانید.
proposals-deleted-participant = کاربر حذف‌شده
proposals-deleted = نویسنده آن را حذف کرده است.
proposals-hidden = تیم نظارت آن را پنهان کرده است. دلیل: { $reason }
proposals-number = پیشنهاد شمارهٔ { $id }
proposals-state-open = هنوز پاسخ داده نشده
proposals-state-adopted = پذیرفته‌شده
proposals-state-merged = تلفیق‌شده
proposals-state-not-adopted = پذیرفته‌نشده
proposals-supports = { $count ->
    [0] هنوز حمایتی نشده
    [one] { $count } حمایت
   *[other] { $count } حمایت
}
proposals-edited = ویرایش‌شده
proposals-support = حمایت از این پیشنهاد
proposals-withdraw = پس گرفتن حمایت من
proposals-you-support = شما از این پیشنهاد حمایت می‌کنید.
proposals-own-support = این پیشنهاد خود شماست و نمی‌توانید از آن حمایت کنید. این عدد نشان می‌دهد چند نفر دیگر از آن حمایت می‌کنند.
proposals-support-answered = برگزارکننده به این پیشنهاد پاسخ داده است. دیگر نمی‌توان از آن حمایت کرد یا حمایت را پس گرفت.
proposals-sign-in-to-support = برای حمایت از این پیشنهاد وارد شوید
proposals-edit-until = ویرایش (تا ساعت { $time })
proposals-delete = حذف پیشنهاد من
proposals-answer-heading = پاسخ برگزارکننده
proposals-not-answered = برگزارکننده هنوز به این پیشنهاد پاسخ نداده است.
proposals-answered-on = تاریخ پاسخ: { $date }.
proposals-adopted-into = این پیشنهاد پذیرفته شد و اکنون به این صورت بخشی از برنامهٔ اقدام است:
proposals-merged-into = این پیشنهاد با پیشنهادی مشابه تلفیق شد:
proposals-reason = دلیل
proposals-answer-text = توضیح
proposals-edit-title = ویرایش پیشنهاد
proposals-edit-intro = می‌توانید پیشنهاد خود را تا 15 دقیقه پس از ارسال ویرایش کنید.
proposals-save = ذخیرهٔ تغییرات
proposals-back = بازگشت به پیشنهاد
proposals-edit-too-late = پیشنهاد را فقط در 15 دقیقهٔ اول پس از ارسال می‌توان ویرایش کرد. این زمان گذشته است.
proposals-edit-answered = برگزارکننده به این پیشنهاد پاسخ داده است. دیگر نمی‌توان آن را ویرایش کرد.
proposals-analysis-link = رفتن به تحلیل این حوزهٔ عمل
proposals-report = گزارش تخلف این پیشنهاد
proposals-comments-heading = نظرها
proposals-comment-label = نظر شما دربارهٔ این پیشنهاد
proposals-comments-closed = دیگر نمی‌توان دربارهٔ این پیشنهاد نظر نوشت.
proposals-field-link = { $count ->
    [0] پیشنهادها: هنوز هیچ
    [one] { $count } پیشنهاد
   *[other] { $count } پیشنهاد
}

papers-link = موضع‌نامه‌های سازمان‌ها
papers-title = موضع‌نامه‌ها
papers-intro = انجمن‌ها، گروه‌های مدنی و سازمان‌های دیگر می‌توانند موضع‌نامهٔ خود را به‌صورت فایل PDF اضافه کنند. همه می‌توانند این موضع‌نامه‌ها را بخوانند.
papers-list-heading = موضع‌نامه‌های رسیده
papers-count = { $count ->
    [0] هنوز موضع‌نامه‌ای نرسیده است.
    [one] { $count } موضع‌نامه رسیده است.
   *[other] { $count } موضع‌نامه رسیده است.
}
papers-number = موضع‌نامهٔ شمارهٔ { $id }
papers-download = بارگیری «{ $title }» (PDF، { $size })
papers-size-kb = { $size } کیلوبایت
papers-size-mb = { $whole }.{ $tenth } مگابایت
papers-upload-heading = افزودن موضع‌نامه
papers-organisation = سازمان
papers-organisation-hint = نام انجمن، گروه مدنی یا سازمان شما.
papers-organisation-missing = لطفاً نام سازمان را وارد کنید.
papers-title-label = عنوان موضع‌نامه
papers-title-missing = لطفاً عنوان موضع‌نامه را وارد کنید.
papers-too-long = در اینجا حداکثر { $max } کاراکتر مجاز است.
papers-summary = خلاصه
papers-summary-hint = چند جمله دربارهٔ محتوای موضع‌نامه. حداکثر 1000 کاراکتر.
papers-summary-too-long = خلاصه حداکثر می‌تواند { $max } کاراکتر باشد.
papers-field = حوزهٔ عمل
papers-field-none = کل طرح
papers-field-unknown = لطفاً یک حوزهٔ عمل را از فهرست انتخاب کنید.
papers-file = فایل PDF
papers-file-hint = فقط فایل PDF، حداکثر 10 مگابایت. فایل نباید اسکریپت، فایل پیوست یا ویدیو داشته باشد.
papers-file-missing = لطفاً یک فایل PDF انتخاب کنید.
papers-file-not-pdf = این فایل PDF نیست. لطفاً یک فایل PDF انتخاب کنید.
papers-file-too-large = این فایل بزرگ‌تر از 10 مگابایت است. لطفاً آن را کوچک‌تر کنید، برای نمونه با تصاویر کمتر یا کوچک‌تر.
papers-file-active = این PDF اسکریپت، فایل پیوست یا ویدیو دارد. به دلایل امنیتی چنین فایل‌هایی را نمی‌پذیریم. لطفاً آن را بدون این بخش‌ها دوباره ذخیره کنید، برای نمونه با گزینهٔ «چاپ به PDF».
papers-file-uncheckable = نمی‌توانیم این PDF را بررسی کنیم، چون بخش‌هایی از آن رمزگذاری شده یا به شکل غیرمعمولی فشرده شده است. لطفاً آن را دوباره ذخیره کنید، برای نمونه با گزینهٔ «چاپ به PDF».
papers-file-broken = فایل به‌طور کامل نرسید. لطفاً دوباره امتحان کنید.
papers-submit = افزودن موضع‌نامه
papers-submitted = بسیار سپاسگزاریم. موضع‌نامهٔ شما اکنون در فهرست است.
papers-sign-in-to-upload = برای افزودن موضع‌نامه، لطفاً وارد شوید.
papers-proposals-heading = پیشنهادها بر اساس حوزهٔ عمل
papers-report = گزارش تخلف این موضع‌نامه

admin-proposals-title = پیشنهادها
admin-proposals-no-processes = شما در هیچ فرایندی مسئول پاسخ به پیشنهادها نیستید.
admin-proposals-waiting = { $count ->
    [0] هیچ پیشنهادی در انتظار پاسخ نیست
    [one] { $count } پیشنهاد در انتظار پاسخ
   *[other] { $count } پیشنهاد در انتظار پاسخ
}
admin-proposals-of = پیشنهادها: { $process }
admin-proposals-kind = نوع
admin-proposals-status = وضعیت
admin-proposals-answer-title = پاسخ به پیشنهاد: { $title }
admin-proposals-state = پاسخ
admin-proposals-all = همه
admin-proposals-filter = نمایش
admin-proposals-field = حوزهٔ عمل
admin-proposals-author = پیشنهاددهنده
admin-proposals-supports = حمایت‌ها
admin-proposals-choice = شمارهٔ { $id }: { $title }
admin-proposals-saved = پاسخ منتشر شد. پیشنهاددهنده و همهٔ حامیان یک ایمیل دریافت می‌کنند.
admin-proposals-back = همهٔ پیشنهادهای این فرایند
admin-proposals-public = صفحهٔ عمومی پیشنهاد
admin-proposals-answer = پاسخ عمومی
admin-proposals-answer-hint = در صفحهٔ پیشنهاد نمایش داده می‌شود و با ایمیل برای پیشنهاددهنده و همهٔ حامیان فرستاده می‌شود. اگر پیشنهاد پذیرفته نمی‌شود، دلیل آن را بنویسید.
admin-proposals-measures = اقدام‌هایی که از این پیشنهاد پدید آمد
admin-proposals-measures-hint = فقط برای «پذیرفته‌شده»: دست‌کم یک اقدام از برنامهٔ اقدام را انتخاب کنید.
admin-proposals-no-measures = برنامهٔ اقدام هنوز هیچ اقدامی ندارد. ابتدا اقدام‌ها را ایجاد کنید.
admin-proposals-merged-into = تلفیق‌شده با
admin-proposals-merged-into-hint = فقط برای «تلفیق‌شده»: پیشنهادی را انتخاب کنید که این پیشنهاد با آن تلفیق شده است.
admin-proposals-merged-none = (هیچ‌کدام)
admin-proposals-publish = انتشار پاسخ
admin-proposals-state-missing = لطفاً یک پاسخ انتخاب کنید: پذیرفته‌شده، تلفیق‌شده یا پذیرفته‌نشده.
admin-proposals-reason-missing = لطفاً بنویسید چرا این پیشنهاد پذیرفته نمی‌شود.
admin-proposals-answer-missing = لطفاً پاسخ عمومی را بنویسید.
admin-proposals-answer-too-long = پاسخ حداکثر می‌تواند { $max } کاراکتر باشد.
admin-proposals-measure-missing = لطفاً دست‌کم یک اقدام را انتخاب کنید که این پیشنهاد به آن تبدیل شده است.
admin-proposals-measure-unknown = لطفاً فقط اقدام‌های همین فرایند را انتخاب کنید.
admin-proposals-merge-missing = لطفاً پیشنهادی را انتخاب کنید که این پیشنهاد با آن تلفیق شده است.
admin-proposals-merge-invalid = این پیشنهاد را نمی‌توان انتخاب کرد. پیشنهاد قابل‌مشاهدهٔ دیگری از همین فرایند را انتخاب کنید که خودش با این پیشنهاد تلفیق نشده باشد.
