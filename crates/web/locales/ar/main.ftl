## Site chrome

site-name = mitwirken
site-tagline = شارِك في مدينتك
skip-to-content = انتقل إلى المحتوى
language-switch = اختر اللغة
footer-navigation = المعلومات القانونية وسهولة الوصول
notice-german-fallback = بعض محتوى هذه الصفحة غير متوفر بلغتك بعد. لذلك يظهر باللغة الألمانية.
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

home-title = إجراءات المشاركة
home-intro = هنا يمكنك أن تحصل على المعلومات، وأن تسجّل في الفعاليات، وأن تشارك بأفكارك.
home-empty = لا توجد الآن إجراءات مشاركة منشورة.

## Process

process-organiser = الجهة المنظِّمة
process-source = المصدر
process-source-link = البيان الصحفي للمدينة
process-parts = الجزءان
process-events = الفعاليات
process-no-events = لم يُعلَن بعدُ عن فعاليات لهذا الإجراء.
process-calendar = أضف جميع المواعيد إلى تقويمك (ملف iCal)
process-phases = مراحل الإجراء
process-fields = مجالات العمل
process-current-phase = المرحلة الحالية: { $phase }
process-between-phases = لا توجد مرحلة جارية الآن. الخطوات التالية مذكورة في «مراحل الإجراء».
process-finished = انتهى هذا الإجراء.
phase-current = الآن
phase-now-information = الآن يمكنك الحصول على معلومات عن هذا الإجراء.
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
register-by-mail-title = كيف تسجّل
register-by-mail-text = التسجيل عبر الإنترنت لهذه الفعالية غير متاح بعد. يُرجى التسجيل لدى الجهة المنظِّمة قبل انتهاء آخر موعد للتسجيل:

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
error-home-link = إلى الصفحة الرئيسية
