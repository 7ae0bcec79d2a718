## The analysis of a field of action: paragraphs, comments on them, reports and moderation.

analysis-heading = التحليل
analysis-empty = لا يوجد تحليل لمجال العمل هذا بعد.
analysis-how-to-comment = يمكنك كتابة تعليق على كل فقرة والرد على التعليقات.
analysis-paragraph-link = رابط إلى الفقرة { $number }
analysis-comments-heading = التعليقات على الفقرة { $number }
analysis-comment-count = { $count ->
    [zero] لا توجد تعليقات بعد
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
analysis-removed-heading = تعليقات على فقرات محذوفة
analysis-removed-text = لم تعد هذه الفقرات جزءًا من التحليل، لكن التعليقات عليها تبقى متاحة للقراءة.
analysis-proposals-link = اقتراحات الأهداف والإجراءات في مجال العمل هذا
analysis-field-link = قراءة التحليل والتعليق عليه
analysis-process-link = إلى تحليل كل مجال من مجالات العمل

comment-none = لا توجد تعليقات بعد.
comment-write = اكتب تعليقًا
comment-label-paragraph = تعليقك على الفقرة { $number }
comment-hint = 5000 حرف كحد أقصى. يمكنك استخدام تنسيق بسيط: **غامق** و*مائل* وقوائم وروابط.
comment-submit = نشر التعليق
comment-reply = رد
comment-reply-label = ردّك على { $name }
comment-reply-submit = نشر الرد
comment-author-deleted = مشارك محذوف
comment-edited = مُعدَّل
comment-earlier-version = كُتب هذا التعليق عن نسخة سابقة من هذه الفقرة.
comment-hidden = أخفاه فريق الإشراف. السبب: { $reason }
comment-deleted = حذفه كاتبه.
comment-edit = تعديل
comment-delete = حذف
comment-report = إبلاغ
comment-access-sign-in = يجب أن تسجّل الدخول لتكتب تعليقًا.
comment-access-sign-in-link = تسجيل الدخول الآن
comment-access-choose-name = قبل أن تكتب تعليقًا، يُرجى اختيار اسم. سيظهر هذا الاسم مع تعليقاتك.
comment-access-choose-name-link = اختيار اسم
comment-access-not-yet = يمكن كتابة التعليقات ابتداءً من { $date }. ويمكنك قراءة كل شيء منذ الآن.
comment-access-closed = انتهت مرحلة المشاركة، ولم يعد بالإمكان كتابة تعليقات. يبقى كل شيء متاحًا للقراءة.
comment-access-not-yet-short = يمكن كتابة التعليقات ابتداءً من { $date }.
comment-access-closed-short = لم يعد بالإمكان كتابة تعليقات.
comment-refused-title = هذا غير ممكن
comment-error-rate-limited = لقد كتبت مساهمات كثيرة في وقت قصير. يُرجى الانتظار بضع دقائق ثم الإرسال مرة أخرى.
comment-error-reply = لا يمكنك الرد على هذا التعليق. الرد ممكن على التعليقات فقط، وليس على الردود، ولا على التعليقات المحذوفة أو المخفية.
comment-error-not-author = لا يستطيع تعديل التعليق أو حذفه إلا الشخص الذي كتبه.
comment-error-too-late = يمكن تعديل التعليق خلال أول 15 دقيقة فقط، لكن يمكنك حذفه في أي وقت.
comment-error-hidden = أخفى فريق الإشراف هذا التعليق، ولم يعد بالإمكان تعديله.
comment-edit-title = تعديل التعليق
comment-edit-intro = يمكنك تعديل تعليقك خلال 15 دقيقة. بعد ذلك يبقى كما هو.
comment-edit-label = تعليقك
comment-edit-save = حفظ التعديل
comment-edit-cancel = إلغاء
comment-back = العودة إلى المساهمة

report-title = الإبلاغ عن مساهمة
report-intro = هل تخالف هذه المساهمة القواعد، مثلًا لأنها تهين أشخاصًا أو تحطّ من قدرهم؟ إذن أبلِغ عنها، وسيطّلع عليها فريق الإشراف.
report-kind-comment = تعليق
report-kind-proposal = اقتراح
report-kind-paper = ورقة موقف
report-reason = لماذا تبلّغ عن هذه المساهمة؟
report-reason-hint = 1000 حرف كحد أقصى. لن يعرف كاتب المساهمة من أبلغ عنها.
report-reason-required = يُرجى كتابة سبب الإبلاغ عن هذه المساهمة.
report-submit = إرسال البلاغ
report-sent-title = شكرًا على بلاغك
report-sent-text = وصل بلاغك، وسيطّلع فريق الإشراف على المساهمة.
report-already-hidden = هذه المساهمة مخفية أو محذوفة بالفعل.

admin-cocreation-title = التحليل والإشراف
admin-cocreation-none = ليس لديك في أي عملية مشاركة دور يسمح لك بتحرير التحليل أو بالإشراف.
admin-cocreation-analysis = تحرير تحليل مجالات العمل
admin-analysis-title = التحليل: { $field }
admin-analysis-hint = اكتب النص كاملًا بصيغة Markdown، وافصل بين الفقرات بسطر فارغ. تحصل كل فقرة على رقم وعلى تعليقات خاصة بها. إذا غيّرت فقرة، تبقى تعليقاتها محفوظة وتُعلَّم بأنها كُتبت عن نسخة سابقة. يجب أن يكون عدد فقرات الترجمة مساويًا تمامًا لعدد فقرات النص الألماني.
admin-analysis-german-required = يُرجى إدخال النص الألماني.
admin-analysis-saved = تم الحفظ. دون تغيير: { $kept }، معدّلة: { $changed }، جديدة: { $added }، محذوفة: { $removed }.
admin-analysis-left-out = { $language }: { $count ->
        [zero] لا توجد فقرات
        [one] فقرة واحدة
        [two] فقرتان
        [few] { $count } فقرات
        [many] { $count } فقرةً
       *[other] { $count } فقرة
    } بدلًا من { $german }. لم تُحفظ هذه الترجمة. يُرجى أن تجعل عدد فقراتها مساويًا لعدد فقرات النص الألماني.
admin-analysis-public = عرض الصفحة العامة

admin-moderation-title = الإشراف
admin-moderation-open-count = { $count ->
    [zero] لا توجد بلاغات مفتوحة
    [one] بلاغ مفتوح واحد
    [two] بلاغان مفتوحان
    [few] { $count } بلاغات مفتوحة
    [many] { $count } بلاغًا مفتوحًا
   *[other] { $count } بلاغ مفتوح
}
admin-moderation-reports = البلاغات المفتوحة
admin-moderation-no-reports = لا توجد بلاغات مفتوحة.
admin-moderation-reason = سبب البلاغ
admin-moderation-author = الكاتب
admin-moderation-text = النص المُبلَّغ عنه
admin-moderation-hidden-reason = سبب الإخفاء
admin-moderation-view = عرضها في مكانها
admin-moderation-open-pdf = فتح ملف PDF
admin-moderation-public-reason = السبب العلني للإخفاء
admin-moderation-public-reason-hint = يرى الجميع هذا السبب مكان المساهمة.
admin-moderation-reason-required = يُرجى ذكر سبب، فهو يظهر مكان المساهمة.
admin-moderation-hide = إخفاء
admin-moderation-dismiss = رفض البلاغ
admin-moderation-hidden = المساهمات المخفية
admin-moderation-none-hidden = لا يوجد شيء مخفي.
admin-moderation-unhide = إظهار مجددًا
admin-moderation-done-hidden = أُخفيت المساهمة، وأُغلقت البلاغات المتعلقة بها.
admin-moderation-done-shown = أصبحت المساهمة ظاهرة مجددًا.
admin-moderation-done-dismissed = رُفض البلاغ.
