## Reports of barriers (BITV 2.0 § 7): the form in the accessibility statement, the thank-you
## page, the organiser's mail (always in German) and the list in the back office.

feedback-label-message = شرح مانع
feedback-message-hint = می‌خواستید چه کاری انجام دهید و چه چیزی درست کار نکرد؟ اگر از یک فناوری کمکی استفاده می‌کنید، برای نمونه صفحه‌خوان یا بزرگ‌نمایی، لطفاً نام آن را هم بنویسید.
feedback-label-page = نشانی صفحه
feedback-page-hint = مانع در کدام صفحه است؟ برای نمونه نشانی صفحه در مرورگر یا عنوان صفحه.
feedback-email-hint = فقط اگر می‌خواهید پاسخی دریافت کنید. فقط دربارهٔ همین گزارش برایتان می‌نویسیم.
feedback-label-name = نام شما
feedback-privacy = گزارش شما به گردانندهٔ این وب‌سایت فرستاده می‌شود. ما اطلاعات شما را فقط برای رفع مانع و پاسخ دادن به شما به کار می‌بریم. { $days } روز پس از رسیدگی به گزارش شما، آن را همراه با همهٔ اطلاعاتش حذف می‌کنیم. اطلاعات بیشتر:
feedback-privacy-page = اگر در بیانیهٔ دسترس‌پذیری مانعی را گزارش دهید، گزارش شما و، اگر آن‌ها را وارد کنید، نشانی ایمیل و نام شما را ذخیره می‌کنیم. این اطلاعات را فقط برای رفع مانع و پاسخ دادن به شما به کار می‌بریم و { $days } روز پس از رسیدگی حذف می‌کنیم. در این کار نشانی IP شما را ذخیره نمی‌کنیم؛ فقط یک مقدار کنترلی را که از آن ساخته می‌شود، آن هم تنها به مدت یک ساعت، نگه می‌داریم تا از ارسال انبوه گزارش‌ها جلوگیری کنیم.
feedback-submit = ارسال گزارش
feedback-by-mail = همچنین می‌توانید برای ما ایمیل بفرستید:
feedback-too-many = در یک ساعت گذشته چند گزارش از اتصال اینترنت شما فرستاده شده است. لطفاً یک ساعت دیگر دوباره امتحان کنید یا برای ما ایمیل بفرستید. متن شما هنوز در فرم باقی است.

feedback-sent-title = از گزارش شما سپاسگزاریم
feedback-sent-text = گزارش شما به دست ما رسید.
feedback-sent-answer = اگر نشانی ایمیل وارد کرده باشید، معمولاً ظرف دو هفته به شما پاسخ می‌دهیم. بدون نشانی نمی‌توانیم به شما پاسخ دهیم، اما با این حال به رفع مانع رسیدگی می‌کنیم.
feedback-back = بازگشت به بیانیهٔ دسترس‌پذیری

feedback-page = صفحه
feedback-page-none = وارد نشده
feedback-message = شرح
feedback-email = نشانی ایمیل
feedback-email-none = ندارد – پاسخ دادن ممکن نیست
feedback-name = نام
feedback-written-in = زبان گزارش
feedback-received = تاریخ دریافت

mail-accessibility-feedback-subject = مانعی گزارش شد (گزارش { $id })
mail-accessibility-feedback-body = گزارشی از طریق فرم بیانیهٔ دسترس‌پذیری رسیده است. اگر این شخص نشانی‌ای وارد کرده باشد، طبق BITV 2.0 باید به او پاسخ داده شود.
feedback-mail-link = مشاهدهٔ گزارش‌ها در بخش مدیریت
feedback-mail-footer-reply = این ایمیل به‌طور خودکار فرستاده شده است. اگر به آن پاسخ دهید، پاسخ شما مستقیماً به دست شخصی می‌رسد که مانع را گزارش داده است.
feedback-mail-footer-anonymous = این ایمیل به‌طور خودکار فرستاده شده است. این شخص نشانی‌ای وارد نکرده است.

feedback-admin-nav = موانع
feedback-admin-title = موانع گزارش‌شده
feedback-admin-intro = در اینجا گزارش‌های رسیده از فرم بیانیهٔ دسترس‌پذیری را می‌بینید. لطفاً به هر شخصی که نشانی وارد کرده است پاسخ دهید و سپس گزارش را به‌عنوان رسیدگی‌شده علامت‌گذاری کنید. { $days } روز پس از آن، گزارش همراه با همهٔ اطلاعاتش حذف می‌شود.
feedback-admin-open = { $count ->
    [one] در انتظار رسیدگی: { $count } گزارش
   *[other] در انتظار رسیدگی: { $count } گزارش
}
feedback-admin-handled = { $count ->
    [one] رسیدگی‌شده: { $count } گزارش
   *[other] رسیدگی‌شده: { $count } گزارش
}
feedback-admin-none-open = هیچ گزارشی در انتظار رسیدگی نیست.
feedback-admin-none-handled = هنوز به هیچ گزارشی رسیدگی نشده است.
feedback-admin-item = گزارش { $id } به تاریخ { $when }
feedback-admin-status = رسیدگی‌شده
feedback-admin-handled-by = در { $when } توسط { $who }
feedback-admin-handled-at = در { $when }
feedback-admin-mark-handled = علامت‌گذاری به‌عنوان رسیدگی‌شده
feedback-admin-done = گزارش به‌عنوان رسیدگی‌شده علامت‌گذاری شد.
