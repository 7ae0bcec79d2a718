## Site chrome

site-name = mitwirken
site-tagline = شارِك في مدينتك
skip-to-content = انتقل إلى المحتوى
language-switch = اختر اللغة
footer-navigation = المعلومات القانونية وسهولة الوصول
notice-german-fallback = بعض محتوى هذه الصفحة غير متوفر بلغتك بعد. لذلك يظهر باللغة الألمانية.
notice-partial-fallback = بعض أجزاء هذه الصفحة غير متوفرة بعد بهذه اللغة، فتظهر باللغة الألمانية الفصحى.
form-send = إرسال
example-content = محتوى توضيحي (مثال)

## Dates and times

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
# الأحد، 27 يونيو 2021
date-long = { $weekday }، { $day } { $month } { $year }
# الأحد، 27 يونيو 2021، من الساعة 10:00 حتى الساعة 16:00
date-time-range = { $date }، من الساعة { $start } حتى الساعة { $end }
date-time-range-days = من { $startdate }، الساعة { $start }، حتى { $enddate }، الساعة { $end }
date-time = { $date }، الساعة { $time }
date-range = من { $start } حتى { $end }

## Home

home-title = عمليات المشاركة
home-intro = هنا يمكنك أن تحصل على المعلومات، وأن تسجّل في الفعاليات، وأن تشارك بأفكارك.
home-empty = لا توجد الآن عمليات مشاركة منشورة.

## Process

process-organiser = الجهة المنظِّمة
process-source = المصدر
process-source-link = البيان الصحفي للمدينة
process-parts = الجزءان
process-events = الفعاليات
process-no-events = لم يُعلَن بعدُ عن فعاليات لهذه العملية.
process-calendar = أضف جميع المواعيد إلى تقويمك (ملف iCal)
process-phases = مراحل الإجراء
process-fields = مجالات العمل
process-current-phase = المرحلة الحالية: { $phase }
process-between-phases = لا توجد مرحلة جارية الآن. الخطوات التالية مذكورة في «مراحل الإجراء».
process-finished = انتهت عملية المشاركة هذه.
phase-current = الآن
phase-now-information = الآن يمكنك الحصول على معلومات عن عملية المشاركة هذه.
phase-now-participation = الآن يمكنك المشاركة: سجّل في إحدى الفعاليات.
phase-now-evaluation = الآن يجري تقييم النتائج وكتابة خطة العمل.
phase-now-council_decision = الآن يتخذ مجلس المدينة قراره بشأن خطة العمل.
phase-now-implementation = الآن يجري تنفيذ خطة العمل.

## Events

event-when = التاريخ والوقت
event-where = المكان
event-audience = لمن هذه الفعالية؟
event-reserved-groups = هذه الفعالية مخصصة للفئات التالية فقط:
event-places = الأماكن
event-deadline = آخر موعد للتسجيل
event-fee = التكلفة
event-on-site = ما يجب مراعاته في المكان
event-register = سجّل الآن
event-calendar = أضف إلى التقويم
event-about = عن الفعالية
event-working-groups = مجموعات العمل
access-open = مفتوحة للجميع
access-reserved = مخصصة لفئات محددة
access-invitation = بدعوة فقط
places-left = { $count ->
    [0] جميع الأماكن محجوزة. عدد الأماكن: { $capacity }.
    [zero] جميع الأماكن محجوزة. عدد الأماكن: { $capacity }.
    [one] بقي مكان واحد شاغر من أصل { $capacity }
    [two] بقي مكانان شاغران من أصل { $capacity }
    [few] بقيت { $count } أماكن شاغرة من أصل { $capacity }
    [many] بقي { $count } مكانًا شاغرًا من أصل { $capacity }
   *[other] بقي { $count } مكان شاغر من أصل { $capacity }
}
fee-free = مجانًا
fee-amount = { $euros }.{ $cents } يورو
registration-open = التسجيل متاح
registration-open-until = يمكنك التسجيل حتى نهاية يوم { $deadline }.
registration-not-yet-open = التسجيل غير متاح بعد
registration-opens-at = يبدأ التسجيل يوم { $opens }.
registration-closed = التسجيل مغلق
registration-closed-since = كان آخر موعد للتسجيل يوم { $deadline }.
registration-full = اكتمل العدد
registration-full-detail = جميع الأماكن محجوزة.
registration-waiting-list = اكتمل العدد – قائمة انتظار
registration-cancelled = ملغاة
registration-cancelled-detail = لن تُقام هذه الفعالية.

## Registration

register-title = التسجيل
register-title-event = التسجيل: { $event }
register-full = للأسف، جميع الأماكن محجوزة. ولا توجد قائمة انتظار.
form-required-note = يجب أن تملأ كل الحقول التي لا تحمل كلمة «اختياري».
form-about-you = معلومات عنك
form-given-name = الاسم الأول
form-family-name = اسم العائلة
form-email = عنوان البريد الإلكتروني
form-phone = رقم الهاتف
form-language = بأي لغة نكتب لك؟
form-language-hint = سنرسل لك الرسائل الإلكترونية بهذه اللغة.
form-organisation-legend = منظمتك
form-organisation = المنظمة أو الجمعية
form-eligible-group = إلى أي فئة تنتمي؟
form-eligible-group-hint = هذه الفعالية مخصصة لفئات محددة. ستتحقق الجهة المنظِّمة من إجابتك.
form-optional = (اختياري)
form-choose = يُرجى الاختيار
form-invitation-code = رمز الدعوة
form-working-group = مجموعة العمل
form-working-group-hint = يمكنك أن تختار مجموعة عمل. لكل مجموعة عدد محدود من الأماكن.
form-working-group-none = لم أختر بعد
form-needs = ماذا تحتاج لكي تستطيع المشاركة؟
form-interpretation = أحتاج إلى ترجمة شفهية إلى هذه اللغة
form-sign-language = أحتاج إلى ترجمة بلغة الإشارة.
form-step-free = أحتاج إلى مدخل بدون درجات.
form-other-needs = احتياجات أخرى
form-questions = أسئلة أخرى من الجهة المنظِّمة
form-privacy = حماية البيانات
form-consent = أوافق على معالجة بياناتي لهذه الفعالية.
form-consent-hint = نستخدم بياناتك لهذه الفعالية فقط، ثم نحذفها. لمعرفة المزيد:
form-submit = أرسل التسجيل
form-error-summary = { $count ->
    [zero] يُرجى تصحيح { $count } خطأ:
    [one] يُرجى تصحيح خطأ واحد:
    [two] يُرجى تصحيح خطأين:
    [few] يُرجى تصحيح { $count } أخطاء:
    [many] يُرجى تصحيح { $count } خطأً:
   *[other] يُرجى تصحيح { $count } خطأ:
}
form-error-required = يُرجى ملء هذا الحقل.
form-error-email = يُرجى إدخال عنوان بريد إلكتروني صحيح، مثل: name@example.com
form-error-too-long = { $count ->
    [zero] يُرجى ألّا تكتب أكثر من { $count } حرف.
    [one] يُرجى ألّا تكتب أكثر من حرف واحد.
    [two] يُرجى ألّا تكتب أكثر من حرفين.
    [few] يُرجى ألّا تكتب أكثر من { $count } أحرف.
    [many] يُرجى ألّا تكتب أكثر من { $count } حرفًا.
   *[other] يُرجى ألّا تكتب أكثر من { $count } حرف.
}
form-error-choice = يُرجى اختيار أحد الخيارات المعروضة.
form-error-phone = يُرجى استخدام الأرقام والمسافات والرموز + - / ( ) فقط.
form-error-code = رمز الدعوة هذا غير صالح، أو استُخدم من قبل ولم يعد صالحًا.
form-error-group-full = مجموعة العمل هذه ممتلئة. يُرجى اختيار مجموعة أخرى.
sent-title = بقيت خطوة واحدة
sent-check-mail = يُرجى التحقق من بريدك الإلكتروني.
sent-text = أرسلنا إليك رسالة بالبريد الإلكتروني. يُرجى الضغط على الرابط في الرسالة لتأكيد تسجيلك.
sent-hold = { $count ->
    [zero] إذا كان هناك مكان شاغر، فسنحجزه لك لمدة { $count } دقيقة.
    [one] إذا كان هناك مكان شاغر، فسنحجزه لك لمدة دقيقة واحدة.
    [two] إذا كان هناك مكان شاغر، فسنحجزه لك لمدة دقيقتين.
    [few] إذا كان هناك مكان شاغر، فسنحجزه لك لمدة { $count } دقائق.
    [many] إذا كان هناك مكان شاغر، فسنحجزه لك لمدة { $count } دقيقةً.
   *[other] إذا كان هناك مكان شاغر، فسنحجزه لك لمدة { $count } دقيقة.
}
sent-no-mail = لم تصلك الرسالة؟ ابحث أيضًا في مجلد الرسائل غير المرغوب فيها (Spam).
sent-back = العودة إلى الفعالية
confirm-title = تأكيد التسجيل
confirm-text = يُرجى تأكيد تسجيلك بالضغط على الزر.
confirm-button = نعم، أؤكد تسجيلي
manage-title = تسجيلك
manage-name = الاسم
manage-event = الفعالية
manage-ticket = رمز تذكرتك
manage-ticket-hint = اعرض هذا الرمز عند المدخل، على هاتفك أو مطبوعًا على ورق.
manage-cancel-heading = إلغاء التسجيل
manage-cancel-text = لا تستطيع الحضور؟ يُرجى إلغاء تسجيلك. عندها يحصل شخص آخر على مكانك.
manage-cancel-button = ألغِ تسجيلي
status-unconfirmed = لم يُؤكَّد بعد
status-unconfirmed-text = يُرجى تأكيد تسجيلك عبر الرابط في رسالتنا الإلكترونية.
status-awaiting-approval = قيد المراجعة
status-awaiting-approval-text = مكانك محجوز. تراجع الجهة المنظِّمة تسجيلك، ثم تكتب لك.
status-confirmed = مسجَّل
status-confirmed-text = أنت مسجَّل. نتطلع إلى لقائك.
status-waiting = قائمة الانتظار
status-waiting-text = أنت على قائمة الانتظار.
status-waiting-position = أنت على قائمة الانتظار. رقمك في القائمة: { $position }. إذا أصبح مكان شاغرًا، ستصلك رسالة بالبريد الإلكتروني.
status-cancelled = ملغى
status-cancelled-text = لقد ألغيت تسجيلك.
status-rejected = غير مقبول
status-rejected-text = للأسف، لم تستطع الجهة المنظِّمة قبول تسجيلك.

## Legal pages

imprint-title = بيانات ناشر الموقع (Impressum)
imprint-default-intro = معلومات عن الجهة التي تقدّم هذا الموقع.
imprint-operator = مقدّم الموقع (Anbieter)
imprint-operator-unset = لم يُدخل مشغّل الموقع أي بيانات بعد.
imprint-contact = التواصل
privacy-title = حماية البيانات (Datenschutz)
privacy-default-intro = نعالج فقط البيانات التي نحتاجها للمشاركة.
privacy-data-heading = ما البيانات التي نعالجها؟
privacy-data-reading = إذا كنت تقرأ هذه الصفحات فقط، فلا نحفظ أي بيانات شخصية. ولا نحفظ عناوين IP بصيغتها المقروءة الأصلية.
privacy-data-cookie = إذا اخترت لغة، نحفظ اختيارك في ملف تعريف ارتباط (Cookie). هذا الملف يحتوي على رمز اللغة فقط.
privacy-data-registration = إذا سجّلت في فعالية، نعالج بياناتك لهذه الفعالية فقط. ونحذفها بعد انتهاء المُدد المحددة لذلك.
privacy-data-third-parties = هذا الموقع لا يحمّل أي شيء من خوادم أخرى: لا خطوط، ولا برامج نصية (Scripts)، ولا خدمات إحصاء.
privacy-rights-heading = حقوقك
privacy-rights-text = لك الحق في معرفة البيانات التي نحفظها عنك (Auskunft). ولك الحق في تصحيحها (Berichtigung) وحذفها (Löschung) وتقييد معالجتها (Einschränkung der Verarbeitung). ولك أيضًا الحق في تقديم شكوى إلى هيئة رقابة على حماية البيانات (Datenschutz-Aufsichtsbehörde).
accessibility-title = سهولة الوصول (Barrierefreiheit)
accessibility-default-intro = هذا البيان عن سهولة الوصول خاص بهذا الموقع. نريد أن يكون الموقع سهل الوصول دون عوائق، وفقًا لـ«لائحة تقنية المعلومات الخالية من العوائق» (Barrierefreie-Informationstechnik-Verordnung – BITV 2.0).
accessibility-status-heading = مدى توافق الموقع مع المتطلبات
accessibility-status-text = يُفحص الموقع باستمرار، آليًا ويدويًا، وفقًا لمتطلبات WCAG 2.1 على المستوى AA. يعمل الموقع دون JavaScript، ويمكن استخدامه بلوحة المفاتيح.
accessibility-feedback-heading = الإبلاغ عن العوائق
accessibility-feedback-text = هل لاحظت عائقًا؟ اكتب لنا:
accessibility-enforcement-heading = إجراء التسوية (Schlichtungsverfahren)
accessibility-enforcement-text = إذا لم تحصل على رد مُرضٍ على بلاغك، يمكنك التوجه إلى هيئة التسوية (Schlichtungsstelle) بموجب قانون المساواة للأشخاص ذوي الإعاقة (Behindertengleichstellungsgesetz) في ولايتك (Bundesland).

## Errors

error-not-found-title = الصفحة غير موجودة
error-not-found-text = هذه الصفحة غير موجودة. ربما تغيّر العنوان.
error-unavailable-title = الخدمة غير متاحة مؤقتًا
error-unavailable-text = الخدمة غير متاحة الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق. لن تضيع البيانات التي أدخلتها.
error-internal-title = حدث خطأ
error-internal-text = حدث خطأ ما. يُرجى المحاولة مرة أخرى.
error-forbidden-title = غير مسموح
error-forbidden-text = هذا الطلب لم يأتِ من هذا الموقع. يُرجى فتح الصفحة من جديد، ثم المحاولة مرة أخرى.
error-home-link = إلى الصفحة الرئيسية

## Mails

mail-greeting = مرحبًا { $name }،
mail-confirm-link = تأكيد التسجيل
mail-manage-link = عرض التسجيل أو إلغاؤه
mail-footer = أُرسلت هذه الرسالة تلقائيًا. إذا كانت لديك أسئلة، يُرجى التواصل مع الجهة المنظِّمة.
mail-confirm-address-subject = يُرجى تأكيد تسجيلك: { $event }
mail-confirm-address-body = لقد سجّلت في «{ $event }». يُرجى تأكيد تسجيلك عبر الرابط أدناه. لا يصبح التسجيل صالحًا إلا بعد التأكيد.
mail-already-registered-subject = تسجيلك: { $event }
mail-already-registered-body = يوجد تسجيل سابق في «{ $event }» بعنوان البريد الإلكتروني هذا. عبر الرابط أدناه يمكنك معرفة حالة تسجيلك.
mail-confirmed-subject = أنت مسجَّل: { $event }
mail-confirmed-body = تم تأكيد تسجيلك في «{ $event }». ستجد في المرفقات ملفًا لإضافة الموعد إلى تقويمك. يُرجى إحضار رمز تذكرتك معك.
mail-awaiting-approval-subject = تسجيلك قيد المراجعة: { $event }
mail-awaiting-approval-body = شكرًا لتأكيدك. مكانك في «{ $event }» محجوز. ستراجع الجهة المنظِّمة تسجيلك، ثم تكتب لك.
mail-approved-subject = تم قبول تسجيلك: { $event }
mail-approved-body = قبلت الجهة المنظِّمة تسجيلك في «{ $event }». ستجد في المرفقات ملفًا لإضافة الموعد إلى تقويمك. يُرجى إحضار رمز تذكرتك معك.
mail-waiting-list-subject = أنت على قائمة الانتظار: { $event }
mail-waiting-list-body = جميع الأماكن في «{ $event }» محجوزة. أنت على قائمة الانتظار. رقمك في القائمة: { $position }. إذا أصبح مكان شاغرًا، سنكتب لك.
mail-promoted-subject = أصبح هناك مكان شاغر: { $event }
mail-promoted-body = خبر سار: أصبح هناك مكان شاغر في «{ $event }». هذا المكان لك الآن.
mail-cancelled-subject = تم الإلغاء: { $event }
mail-cancelled-body = تم إلغاء تسجيلك في «{ $event }». نأسف لأنك لا تستطيع الحضور.
mail-rejected-subject = تسجيلك: { $event }
mail-rejected-body = للأسف، لم تستطع الجهة المنظِّمة قبول تسجيلك في «{ $event }». { $message }
mail-reminder-subject = تذكير: { $event } بتاريخ { $when }
mail-reminder-body = يسعدنا حضورك في «{ $event }». يرجى إحضار رمز التذكرة الخاص بك والانتباه إلى الإرشادات في المكان. إذا لم تستطع الحضور، يرجى إلغاء تسجيلك حتى يحصل شخص آخر على مكانك.
mail-event-cancelled-subject = أُلغيت الفعالية: { $event }
mail-event-cancelled-body = للأسف لن تُقام فعالية «{ $event }» في { $when }. { $message } لا تحتاج إلى فعل أي شيء. ملف التقويم المرفق يحذف الموعد.
mail-event-changed-subject = موعد جديد: { $event }
mail-event-changed-body = لفعالية «{ $event }» موعد جديد: { $when }. تسجيلك ما زال صالحًا. يرجى إضافة ملف التقويم الجديد.
mail-message-subject = { $subject } – { $event }
mail-message-body = { $message }

## Back office

admin-nav = الإدارة
admin-title = الإدارة
admin-logout = تسجيل الخروج
admin-login-title = تسجيل دخول الموظفين
admin-password = كلمة المرور
admin-login-button = تسجيل الدخول
admin-login-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
admin-login-locked = محاولات فاشلة كثيرة جدًا. الحساب مقفل حتى الساعة { $time }.
admin-security-title = الأمان
admin-totp-heading = تسجيل الدخول بخطوتين
admin-totp-code = رمز لمرة واحدة
admin-totp-code-hint = مطلوب فقط إذا فعّلت تسجيل الدخول بخطوتين: الرمز المكوّن من ستة أرقام من تطبيقك.
admin-totp-is-on = تسجيل الدخول بخطوتين مفعّل. تحتاج عند كل تسجيل دخول إلى رمز من تطبيقك.
admin-totp-is-off = تسجيل الدخول بخطوتين غير مفعّل. تطبيق الرموز لمرة واحدة يحمي حسابك بشكل أفضل.
admin-totp-start = إعداد تسجيل الدخول بخطوتين
admin-totp-scan = امسح الرمز بتطبيقك أو اكتب المفتاح. ثم أدخل الرمز الذي يظهر.
admin-totp-key = المفتاح:
admin-totp-confirm = تأكيد وتفعيل
admin-totp-disable = إيقاف تسجيل الدخول بخطوتين
admin-totp-enabled = تسجيل الدخول بخطوتين مفعّل الآن.
admin-totp-disabled = تم إيقاف تسجيل الدخول بخطوتين.
admin-totp-wrong = الرمز غير صحيح. يرجى استخدام الرمز الحالي من تطبيقك.
admin-welcome = تم تسجيل الدخول باسم { $name }.
admin-no-processes = لم تُخصَّص لك أي عملية مشاركة بعد.
admin-outbox-title = صندوق الصادر
admin-audit-title = سجل الوصول
admin-registrations = التسجيلات
admin-registrations-title = التسجيلات: { $event }
admin-planning = أرقام التخطيط
admin-planning-title = أرقام التخطيط: { $event }
admin-checkin = الدخول
admin-seats-taken = { $taken } من { $capacity } أماكن محجوزة
admin-export-csv = القائمة بصيغة CSV
admin-export-xlsx = القائمة كملف Excel
admin-export-pdf = قائمة الحضور (PDF)
attendance-note = قائمة الحضور لتتبّع المخالطين وفق قواعد النظافة الصحية السارية. تُتلف بعد انتهاء مدة الحفظ.
attendance-footer = قائمة الحضور
attendance-number = رقم
attendance-signature = التوقيع
admin-filter = تصفية
admin-filter-apply = تطبيق التصفية
admin-search = بحث
admin-all = الكل
admin-list-count = { $shown } من { $total } تسجيلات
admin-present = حاضر
admin-approve = قبول
admin-reject = رفض
admin-message = رسالة إلى الشخص
admin-reason = السبب
admin-cancel = إلغاء
admin-seat = منح مكان
admin-wait = نقل إلى قائمة الانتظار
admin-walk-in = حضور عند الباب بدون تسجيل
admin-walk-in-add = إضافة الشخص
admin-done-approve = تم قبول التسجيل. سيتلقى الشخص رسالة بالبريد الإلكتروني.
admin-done-reject = تم رفض التسجيل. سيتلقى الشخص رسالة بالبريد الإلكتروني، ويذهب المكان إلى قائمة الانتظار.
admin-done-cancel = تم إلغاء التسجيل. سيتلقى الشخص رسالة بالبريد الإلكتروني.
admin-done-seat = أصبح للشخص مكان الآن، وسيتلقى رسالة بالبريد الإلكتروني.
admin-done-wait = أصبح الشخص الآن على قائمة الانتظار. ذهب مكانه إلى أول شخص على قائمة الانتظار.
admin-done-walk-in = تمت إضافة الشخص وتسجيله حاضرًا.
admin-done-no-seat = لا يوجد مكان شاغر.
admin-done-wrong-state = هذا الإجراء غير ممكن لهذا التسجيل.
admin-message-all = رسالة إلى جميع المسجَّلين
admin-message-subject = الموضوع
admin-message-body = النص
admin-message-send = إرسال الرسالة
admin-move-event = تغيير موعد الفعالية
admin-move-date = التاريخ الجديد
admin-move-starts = البداية
admin-move-ends = النهاية
admin-move-button = تغيير الموعد وإبلاغ الجميع
admin-cancel-event = إلغاء الفعالية
admin-cancel-event-button = إلغاء الفعالية وإبلاغ الجميع
admin-done-event-cancelled = أُلغيت الفعالية. سيتلقى جميع المسجَّلين رسالة بريد إلكتروني.
admin-done-event-moved = تغيّر موعد الفعالية. سيتلقى جميع المسجَّلين ملف التقويم الجديد.
admin-done-message-sent = الرسالة في طريقها إلى جميع المسجَّلين.
admin-done-invalid-time = يرجى إدخال تاريخ صحيح ووقت انتهاء بعد وقت البداية.
admin-edit = تعديل
admin-edit-heading = تعديل: { $event }
admin-edit-title = العنوان
admin-edit-public-page = الصفحة العامة
admin-edit-saved = تم الحفظ.
admin-edit-languages-hint = الألمانية إلزامية. اللغات الأخرى ترجمات؛ إذا نقصت ترجمة، يرى القرّاء النص الألماني مع ملاحظة.
admin-edit-deadline-hint = آخر يوم يمكن فيه التسجيل. يُحتسب حتى منتصف الليل.
admin-edit-waiting-list = قائمة انتظار عندما تُشغل جميع الأماكن
admin-edit-published = منشورة
admin-edit-save = حفظ
admin-edit-capacity-invalid = يرجى إدخال رقم بين 1 و100000.
admin-edit-deadline-invalid = يرجى إدخال تاريخ صحيح.
admin-edit-reserved-needs-groups = الفعالية المخصصة تحتاج إلى الفئات المخصصة لها.
admin-edit-capacity-taken = عدد الأماكن المشغولة أكبر من ذلك. لا يمكن أن يكون عدد الأماكن أقل منه.
admin-codes = رموز الدعوة
admin-codes-left = { $left ->
    [zero] لم يتبقَّ أي استخدام من { $uses }
    [one] تبقّى استخدام واحد من { $uses }
    [two] تبقّى استخدامان من { $uses }
    [few] تبقّت { $left } استخدامات من { $uses }
    [many] تبقّى { $left } استخدامًا من { $uses }
   *[other] تبقّى { $left } استخدام من { $uses }
}
admin-codes-hint = 6 أحرف على الأقل. يُحفظ الرمز مشفّرًا فقط: دوّنه الآن.
admin-codes-uses = كم مرة يمكن استخدام الرمز
admin-codes-add = إنشاء رمز
admin-question-label = السؤال
admin-question-required = سؤال إلزامي
admin-question-add = إضافة السؤال
admin-question-remove = حذف السؤال
admin-groups = الفئات
admin-groups-eligible-hint = فئة واحدة في كل سطر، ثم الترجمات مثل «ar: …». يبقى الترتيب: السطر 1 يغيّر الفئة 1.
admin-groups-working-hint = مجموعة عمل واحدة في كل سطر: العنوان | عدد الأماكن | ar: … – عدد الأماكن والترجمات اختيارية.
admin-groups-save = حفظ الفئات
admin-groups-saved = تم حفظ الفئات.
admin-groups-too-small = ستصبح أماكن إحدى مجموعات العمل أقل من الأماكن المشغولة. لم يتغيّر شيء.
admin-groups-in-use = تم اختيار فئة كان من المقرر حذفها. لم يتغيّر شيء.
admin-groups-invalid = يرجى التحقق من الأسطر؛ الفعالية المخصصة تحتاج إلى فئة واحدة على الأقل. لم يتغيّر شيء.
admin-new-event = إنشاء فعالية جديدة
admin-new-event-title = فعالية جديدة: { $process }
admin-new-event-create = إنشاء الفعالية
admin-new-slug = اسم قصير للعنوان
admin-new-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثل open-event-2.
admin-new-slug-invalid = يرجى استخدام أحرف لاتينية صغيرة وأرقام وشرطات مفردة فقط.
admin-new-slug-taken = هذا الاسم القصير مستخدم لفعالية أخرى.
admin-new-deadline-invalid = يجب أن يكون آخر موعد للتسجيل تاريخًا صحيحًا قبل الفعالية.
admin-new-group-size-invalid = يرجى كتابة حجم مجموعة العمل رقمًا، مثل «Sprache | 17».
admin-new-venue = مكان جديد (البيانات أدناه)
admin-new-venue-hint = لمكان جديد اختر «مكان جديد» في الأعلى واملأ الحقول التالية.
admin-new-venue-incomplete = يحتاج المكان الجديد إلى اسم وشارع ومدينة.
admin-venue = المكان
admin-venue-name = اسم المكان
admin-venue-street = الشارع ورقم المبنى
admin-venue-postal-code = الرمز البريدي
admin-venue-city = المدينة
admin-venue-entrance = المدخل
admin-venue-title = تعديل المكان
admin-venue-accessibility = ملاحظات حول سهولة الوصول
admin-venue-shared = تظهر التغييرات في جميع الفعاليات في هذا المكان.
admin-new-groups-hint = للفعاليات المخصصة فقط: فئة واحدة في كل سطر.
admin-new-working-groups-hint = مجموعة عمل واحدة في كل سطر؛ مع «| 17» في النهاية يكون لها 17 مكانًا.
admin-new-process = إنشاء عملية مشاركة جديدة
admin-new-process-create = إنشاء العملية
admin-edit-process = تعديل العملية
admin-process-motto = الشعار
admin-process-summary = الملخص (Markdown)
admin-process-analysis = الجزء الأول: التحليل
admin-process-plan = الجزء الثاني: خطة العمل
admin-process-person = الشخص المسؤول عن التواصل
admin-process-time-zone = المنطقة الزمنية
admin-process-time-zone-invalid = يرجى إدخال منطقة زمنية مثل Europe/Berlin.
admin-process-phases-hint = مرحلة واحدة في كل سطر: النوع | اليوم الأول | اليوم الأخير | العنوان، ثم الترجمات مثل «ar: …». مثال: «participation | 2021-06-11 | 2021-07-18 | Beteiligung | ar: المشاركة». الأنواع: information، participation، evaluation، council_decision، implementation.
admin-process-phases-invalid = يرجى التحقق من المراحل: النوع وتاريخان (الثاني ليس قبل الأول) وعنوان، مفصولة بـ |.
admin-process-fields-hint = مجال عمل واحد في كل سطر: اسم قصير | العنوان، ثم الترجمات مثل «ar: …». مثال: «wohnen | Wohnen | ar: السكن». تُعدَّل المجالات الموجودة باسمها القصير، ولا يُحذف أي منها.
admin-process-fields-invalid = يرجى التحقق من مجالات العمل: اسم قصير (أحرف لاتينية صغيرة وأرقام وشرطات) | العنوان.
admin-need-interpretation = ترجمة شفهية: { $language }
admin-need-sign-language = لغة الإشارة
admin-need-step-free = بدون درجات
admin-col-given-name = الاسم الأول
admin-col-family-name = اسم العائلة
admin-col-email = البريد الإلكتروني
admin-col-phone = الهاتف
admin-col-organisation = المنظمة
admin-col-group = الفئة
admin-col-working-group = مجموعة العمل
admin-col-status = الحالة
admin-col-position = الرقم في قائمة الانتظار
admin-col-needs = الاحتياجات
admin-col-language = اللغة
admin-col-ticket = رمز التذكرة
admin-col-registered = تاريخ التسجيل
admin-col-present = حاضر منذ
admin-col-actions = الإجراءات
admin-col-kind = النوع
admin-col-attempts = المحاولات
admin-outbox-status-pending = في الانتظار
admin-outbox-status-sent = أُرسلت
admin-outbox-status-failed = فشل الإرسال
admin-col-error = الخطأ
admin-col-when = الوقت
admin-col-who = مَن
admin-col-what = ماذا
admin-col-subject = المعنيّ
admin-retry = إعادة الإرسال
admin-no-shows = لم يحضر
admin-interpretation = ترجمة شفهية إلى
admin-count = العدد
checkin-title = الدخول: { $event }
checkin-counts = { $present } حاضر · { $confirmed } مسجَّل · { $capacity } أماكن
checkin-code = رمز التذكرة
checkin-code-hint = اكتب الرمز أو اقرأه بالماسح الضوئي، مثلًا K7QMP-3XA9D.
checkin-button = السماح بالدخول
checkin-scan = المسح بالكاميرا
checkin-scan-stop = إيقاف الكاميرا
checkin-search = البحث عن شخص بالاسم
checkin-none-found = لا يوجد شخص بهذا الاسم لديه مكان.
checkin-mark = { $name } موجود
checkin-done = سُمح لـ { $name } بالدخول.
checkin-already = سُمح لـ { $name } بالدخول من قبل في الساعة { $time }.
checkin-no-place = ليس لدى { $name } مكان: { $status }.
checkin-unknown = رمز التذكرة هذا غير موجود لهذه الفعالية.
