## Participant accounts: sign-in by link, "my page", export and deletion.

account-navigation = حساب کاربری
nav-signin = ورود برای مشارکت
nav-me = صفحهٔ من

signin-title = ورود برای مشارکت
signin-intro = نشانی ایمیل خود را وارد کنید. یک ایمیل با یک پیوند دریافت می‌کنید. با این پیوند وارد می‌شوید. به رمز عبور نیازی ندارید.
signin-submit = ارسال پیوند
signin-privacy = ما نشانی شما را فقط برای ورود و برای پیام‌های مربوط به نوشته‌هایتان به کار می‌بریم.
signin-too-many = در یک ساعت گذشته چند پیوند برای این نشانی فرستاده شده است. لطفاً صندوق ایمیل خود را نگاه کنید یا بعداً دوباره امتحان کنید.
signin-sent-title = لطفاً صندوق ایمیل خود را نگاه کنید
signin-sent-text = یک ایمیل با یک پیوند برایتان فرستادیم. این پیوند 30 دقیقه و فقط یک بار معتبر است.
signin-sent-no-mail = ایمیلی دریافت نکرده‌اید؟ پوشهٔ هرزنامه (Spam) را هم نگاه کنید یا پیوند را دوباره درخواست کنید.
signin-link-title = ورود
signin-link-text = با این دکمه با این نشانی وارد می‌شوید:
signin-link-button = اکنون وارد شوید
signin-link-invalid = این پیوند دیگر معتبر نیست. یا قبلاً از آن استفاده شده یا منقضی شده است.
signin-again = درخواست پیوند جدید

me-title = صفحهٔ من
me-saved = اطلاعات شما ذخیره شد.
me-choose-name = لطفاً یک نام انتخاب کنید. این نام کنار نوشته‌های شما نمایش داده می‌شود. می‌توانید نام مستعار هم انتخاب کنید.
me-profile = نام و زبان
me-email = نشانی ایمیل
me-display-name = نام نمایشی
me-display-name-hint = دیگران این نام را کنار نوشته‌های شما می‌بینند. نام مستعار هم مجاز است. حداکثر 60 کاراکتر.
me-language = زبان صفحه‌ها و ایمیل‌ها
me-save = ذخیره
me-name-required = لطفاً یک نام وارد کنید.
me-name-too-long = نام حداکثر می‌تواند 60 کاراکتر باشد.
me-registrations = ثبت‌نام‌های من
me-no-registrations = با این نشانی هیچ ثبت‌نامی برای رویدادها وجود ندارد.
me-manage = مشاهدهٔ ثبت‌نام
me-contributions = نوشته‌های من
me-no-contributions = شما هنوز چیزی ننوشته‌اید.
me-kind-comment = نظر
me-kind-proposal = پیشنهاد
me-removed = حذف‌شده
me-data = داده‌های من
me-export = بارگیری همهٔ داده‌های من (JSON)
me-sign-out = خروج
me-delete-heading = حذف حساب
me-delete-text = اگر حساب خود را حذف کنید، نشانی ایمیل و نام شما را پاک می‌کنیم. نوشته‌های شما با عنوان «کاربر حذف‌شده» باقی می‌مانند. ثبت‌نام‌های خود برای رویدادها را از راه پیوند داخل ایمیل ثبت‌نام مدیریت کنید.
me-delete-confirm = بله، می‌خواهم حساب خود را حذف کنم.
me-delete-button = حذف حساب
me-delete-confirm-required = لطفاً تأیید کنید که می‌خواهید حساب خود را حذف کنید.
me-deleted-title = حساب حذف شد
me-deleted-text = حساب شما حذف شد. نوشته‌های شما اکنون بدون نام شما نمایش داده می‌شوند.
me-deleted-home = رفتن به صفحهٔ اصلی

mail-greeting-participant = با سلام و احترام،
mail-sign-in-link-subject = پیوند ورود شما
mail-sign-in-link-body = شما می‌خواهید وارد mitwirken شوید. روی پیوند کلیک کنید. این پیوند 30 دقیقه و فقط یک بار معتبر است. اگر این درخواست از طرف شما نبوده، لازم نیست کاری انجام دهید.
mail-sign-in-link-label = اکنون وارد شوید
mail-proposal-answered-subject = پاسخ به پیشنهاد «{ $title }»
mail-proposal-answered-body = { $role ->
        [author] برگزارکننده به پیشنهاد شما، «{ $title }»، پاسخ داده است.
       *[supporter] برگزارکننده به پیشنهاد «{ $title }» که شما از آن حمایت می‌کنید، پاسخ داده است.
    } { $state ->
        [adopted] این پیشنهاد پذیرفته شد و اکنون بخشی از برنامهٔ اقدام است.
        [merged] این پیشنهاد با پیشنهادی مشابه تلفیق شد.
       *[not_adopted] این پیشنهاد پذیرفته نشد.
    } توضیح: { $answer }
mail-proposal-link = مشاهدهٔ پیشنهاد و پاسخ
