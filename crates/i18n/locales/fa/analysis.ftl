## The analysis of a field of action: paragraphs, comments on them, reports and moderation.

analysis-heading = تحلیل
analysis-empty = برای این حوزهٔ عمل هنوز تحلیلی وجود ندارد.
analysis-how-to-comment = می‌توانید دربارهٔ هر بند نظر بنویسید و به نظرها پاسخ دهید.
analysis-paragraph-link = پیوند به بند { $number }
analysis-comments-heading = نظرها دربارهٔ بند { $number }
analysis-comment-count = { $count ->
    [0] هنوز نظری نیست
    [one] { $count } نظر
   *[other] { $count } نظر
}
analysis-removed-heading = نظرهای مربوط به بندهای حذف‌شده
analysis-removed-text = این بندها دیگر در تحلیل نیستند. نظرهای مربوط به آن‌ها همچنان خواندنی است.
analysis-proposals-link = پیشنهادها برای هدف‌ها و اقدام‌های این حوزهٔ عمل
analysis-field-link = خواندن تحلیل و نوشتن نظر
analysis-process-link = رفتن به تحلیل تک‌تک حوزه‌های عمل

comment-none = هنوز نظری نیست.
comment-write = نوشتن نظر
comment-label-paragraph = نظر شما دربارهٔ بند { $number }
comment-hint = حداکثر 5000 کاراکتر. می‌توانید از قالب‌بندی ساده استفاده کنید: **پررنگ**، *مورب*، فهرست و پیوند.
comment-submit = انتشار نظر
comment-reply = پاسخ
comment-reply-label = پاسخ شما به { $name }
comment-reply-submit = انتشار پاسخ
comment-author-deleted = کاربر حذف‌شده
comment-edited = ویرایش‌شده
comment-earlier-version = این نظر به نسخهٔ قبلی این بند مربوط است.
comment-hidden = تیم نظارت آن را پنهان کرده است. دلیل: { $reason }
comment-deleted = نویسنده آن را حذف کرده است.
comment-edit = ویرایش
comment-delete = حذف
comment-report = گزارش تخلف
comment-access-sign-in = برای نوشتن نظر باید وارد شوید.
comment-access-sign-in-link = اکنون وارد شوید
comment-access-choose-name = پیش از نوشتن نظر، لطفاً یک نام انتخاب کنید. این نام کنار نظرهای شما نمایش داده می‌شود.
comment-access-choose-name-link = انتخاب نام
comment-access-not-yet = از { $date } می‌توانید نظر بنویسید. خواندن از همین حالا ممکن است.
comment-access-closed = مرحلهٔ مشارکت به پایان رسیده است و دیگر نمی‌توانید نظر بنویسید. همه چیز همچنان خواندنی است.
comment-access-not-yet-short = از { $date } می‌توانید نظر بنویسید.
comment-access-closed-short = دیگر نمی‌توان نظر نوشت.
comment-refused-title = این کار ممکن نیست
comment-error-rate-limited = شما در مدت کوتاهی مطالب زیادی نوشته‌اید. لطفاً چند دقیقه صبر کنید و سپس دوباره ارسال کنید.
comment-error-reply = نمی‌توانید به این نظر پاسخ دهید. فقط می‌توان به نظرها پاسخ داد، نه به پاسخ‌ها، و نه به نظرهای حذف‌شده یا پنهان‌شده.
comment-error-not-author = فقط نویسندهٔ نظر می‌تواند آن را تغییر دهد یا حذف کند.
comment-error-too-late = نظر را فقط در 15 دقیقهٔ اول می‌توانید تغییر دهید. حذف آن همچنان ممکن است.
comment-error-hidden = تیم نظارت این نظر را پنهان کرده است. دیگر نمی‌توان آن را تغییر داد.
comment-edit-title = ویرایش نظر
comment-edit-intro = می‌توانید نظر خود را تا 15 دقیقه تغییر دهید. پس از آن، همان‌طور که هست باقی می‌ماند.
comment-edit-label = نظر شما
comment-edit-save = ذخیرهٔ تغییر
comment-edit-cancel = انصراف
comment-back = بازگشت به نوشته

report-title = گزارش تخلف
report-intro = آیا این نوشته قوانین را زیر پا می‌گذارد، مثلاً چون به کسی توهین می‌کند یا دیگران را تحقیر می‌کند؟ در این صورت آن را گزارش دهید. تیم نظارت آن را بررسی می‌کند.
report-kind-comment = نظر
report-kind-proposal = پیشنهاد
report-kind-paper = موضع‌نامه
report-reason = چرا این نوشته را گزارش می‌دهید؟
report-reason-hint = حداکثر 1000 کاراکتر. نویسندهٔ نوشته نمی‌فهمد چه کسی آن را گزارش داده است.
report-reason-required = لطفاً بنویسید چرا این نوشته را گزارش می‌دهید.
report-submit = ارسال گزارش
report-sent-title = از گزارش شما سپاسگزاریم
report-sent-text = گزارش شما رسید. تیم نظارت این نوشته را بررسی می‌کند.
report-already-hidden = این نوشته قبلاً پنهان یا حذف شده است.

admin-cocreation-title = تحلیل و نظارت
admin-cocreation-none = شما در هیچ فرایند مشارکتی نقشی ندارید که با آن بتوانید تحلیل را ویرایش کنید یا بر نوشته‌ها نظارت کنید.
admin-cocreation-analysis = ویرایش تحلیل حوزه‌های عمل
admin-analysis-title = تحلیل: { $field }
admin-analysis-hint = کل متن را با Markdown بنویسید. بندها را با یک سطر خالی از هم جدا کنید؛ هر بند یک شماره و نظرهای خودش را دارد. اگر بندی را تغییر دهید، نظرهایش باقی می‌مانند و با برچسب «مربوط به نسخهٔ قبلی» مشخص می‌شوند. هر ترجمه باید دقیقاً به تعداد متن آلمانی بند داشته باشد.
admin-analysis-german-required = لطفاً متن آلمانی را وارد کنید.
admin-analysis-saved = ذخیره شد. بدون تغییر: { $kept }، تغییریافته: { $changed }، جدید: { $added }، حذف‌شده: { $removed }.
admin-analysis-left-out = { $language }: { $count ->
        [one] { $count } بند
       *[other] { $count } بند
    } به جای { $german } بند. این ترجمه ذخیره نشد. لطفاً تعداد بندهای آن را با متن آلمانی برابر کنید.
admin-analysis-public = مشاهدهٔ صفحهٔ عمومی

admin-moderation-title = نظارت
admin-moderation-open-count = { $count ->
    [0] هیچ گزارشی در انتظار بررسی نیست
    [one] { $count } گزارش در انتظار بررسی
   *[other] { $count } گزارش در انتظار بررسی
}
admin-moderation-reports = گزارش‌های در انتظار بررسی
admin-moderation-no-reports = هیچ گزارشی در انتظار بررسی نیست.
admin-moderation-reason = دلیل گزارش
admin-moderation-author = نویسنده
admin-moderation-text = متن گزارش‌شده
admin-moderation-hidden-reason = دلیل پنهان کردن
admin-moderation-view = مشاهده در جای خودش
admin-moderation-open-pdf = باز کردن فایل PDF
admin-moderation-public-reason = دلیل عمومی برای پنهان کردن
admin-moderation-public-reason-hint = همه این دلیل را به جای نوشته می‌بینند.
admin-moderation-reason-required = لطفاً یک دلیل وارد کنید. این دلیل به جای نوشته نمایش داده می‌شود.
admin-moderation-hide = پنهان کردن
admin-moderation-dismiss = رد کردن گزارش
admin-moderation-hidden = نوشته‌های پنهان‌شده
admin-moderation-none-hidden = هیچ نوشته‌ای پنهان نشده است.
admin-moderation-unhide = نمایش دوباره
admin-moderation-done-hidden = نوشته پنهان شد. گزارش‌های مربوط به آن بسته شدند.
admin-moderation-done-shown = نوشته دوباره نمایش داده می‌شود.
admin-moderation-done-dismissed = گزارش رد شد.
