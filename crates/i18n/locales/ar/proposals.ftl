## اقتراحات الأهداف والإجراءات، والدعم، وأوراق المواقف، وردود الجهة المنظِّمة.

proposals-trail = أنت هنا
proposals-heading = الاقتراحات
proposals-field-title = الاقتراحات: { $field }
proposals-intro = هنا يمكنك أن تقترح أهدافًا وإجراءات لمجال العمل هذا، وأن تدعم اقتراحات الآخرين. تردّ الجهة المنظِّمة على كل اقتراح علنًا.
proposals-count = { $count ->
    [0] لا توجد اقتراحات بعد.
    [one] يوجد اقتراح واحد.
    [two] يوجد اقتراحان.
    [few] توجد { $count } اقتراحات.
    [many] يوجد { $count } اقتراحًا.
   *[other] يوجد { $count } اقتراح.
}
proposals-by = من
proposals-kind = ماذا تقترح؟
proposals-kind-goal = هدف
proposals-kind-measure = إجراء
proposals-kind-missing = يُرجى أن تختار: هل تقترح هدفًا أم إجراءً؟
proposals-title-label = العنوان
proposals-title-hint = جملة قصيرة تقول عمَّ يدور الاقتراح. 200 حرف على الأكثر.
proposals-title-missing = يُرجى إدخال عنوان.
proposals-title-too-long = يجب ألا يزيد العنوان على { $max } حرف.
proposals-text-label = اقتراحك
proposals-text-hint = صِف ما الذي يجب أن يحدث ولماذا. يمكنك استخدام تنسيق بسيط: **خط عريض**، وقوائم يبدأ كل سطر فيها بـ «- ». 5000 حرف على الأكثر.
proposals-text-missing = يُرجى وصف اقتراحك.
proposals-text-too-long = يجب ألا يزيد النص على { $max } حرف.
proposals-propose-heading = قدِّم اقتراحًا
proposals-submit = أرسل الاقتراح
proposals-too-many = لقد كتبت كثيرًا في وقت قصير. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
proposals-need-name = قبل أن تكتب شيئًا، يُرجى اختيار الاسم الذي يظهر مع مساهماتك.
proposals-choose-name = اختر اسمًا
proposals-sign-in-to-propose = لتقديم اقتراح أو لدعم اقتراح، يُرجى تسجيل الدخول. تحتاج فقط إلى عنوان بريدك الإلكتروني.
proposals-sign-in = تسجيل الدخول
proposals-opens-later = يمكنك تقديم الاقتراحات ودعمها من { $start } حتى { $end }.
proposals-phase-over = انتهت مرحلة المشاركة. لم يعد بإمكانك تقديم اقتراحات أو دعمها. ما زال بإمكانك قراءة الاقتراحات وردود الجهة المنظِّمة.
proposals-no-phase = لا توجد مرحلة مشاركة في هذه العملية. يمكنك قراءة الاقتراحات هنا.
proposals-deleted-participant = مشارك محذوف
proposals-deleted = حذفه كاتبه.
proposals-hidden = أخفاه فريق الإشراف. السبب: { $reason }
proposals-number = الاقتراح رقم { $id }
proposals-state-open = لم يُرَدّ عليه بعد
proposals-state-adopted = مقبول
proposals-state-merged = مدموج
proposals-state-not-adopted = غير مقبول
proposals-supports = { $count ->
    [0] لا يوجد دعم بعد
    [one] داعم واحد
    [two] داعمان
    [few] { $count } داعمين
    [many] { $count } داعمًا
   *[other] { $count } داعم
}
proposals-edited = مُعدَّل
proposals-support = أدعم هذا الاقتراح
proposals-withdraw = أسحب دعمي
proposals-you-support = أنت تدعم هذا الاقتراح.
proposals-own-support = هذا اقتراحك أنت، ولا يمكنك دعمه بنفسك. يبيّن الرقم عدد الأشخاص الآخرين الذين يدعمونه.
proposals-support-answered = ردّت الجهة المنظِّمة على هذا الاقتراح. لم يعد ممكنًا تقديم الدعم أو سحبه.
proposals-sign-in-to-support = سجِّل الدخول لدعم هذا الاقتراح
proposals-edit-until = تعديل (حتى الساعة { $time })
proposals-delete = احذف اقتراحي
proposals-answer-heading = ردّ الجهة المنظِّمة
proposals-not-answered = لم تردّ الجهة المنظِّمة على هذا الاقتراح بعد.
proposals-answered-on = تمّ الرد في { $date }.
proposals-adopted-into = قُبل الاقتراح، وأصبح جزءًا من خطة العمل بوصفه:
proposals-merged-into = دُمج الاقتراح مع اقتراح مشابه:
proposals-reason = السبب
proposals-answer-text = توضيح
proposals-edit-title = تعديل الاقتراح
proposals-edit-intro = يمكنك تعديل اقتراحك خلال 15 دقيقة بعد إرساله.
proposals-save = احفظ التعديلات
proposals-back = العودة إلى الاقتراح
proposals-edit-too-late = يمكن تعديل الاقتراح فقط خلال 15 دقيقة بعد إرساله، وقد انتهى هذا الوقت.
proposals-edit-answered = ردّت الجهة المنظِّمة على هذا الاقتراح، ولم يعد ممكنًا تعديله.
proposals-analysis-link = إلى تحليل مجال العمل هذا
proposals-report = الإبلاغ عن هذا الاقتراح
proposals-comments-heading = التعليقات
proposals-comment-label = تعليقك على هذا الاقتراح
proposals-comments-closed = لم يعد بالإمكان كتابة تعليقات على هذا الاقتراح.
proposals-field-link = { $count ->
    [0] الاقتراحات: لا يوجد أي اقتراح بعد
    [one] اقتراح واحد
    [two] اقتراحان
    [few] { $count } اقتراحات
    [many] { $count } اقتراحًا
   *[other] { $count } اقتراح
}

papers-link = أوراق المواقف من المنظمات
papers-title = أوراق المواقف
papers-intro = يمكن للجمعيات والمبادرات والمنظمات الأخرى إضافة ورقة موقف بصيغة PDF. يمكن للجميع قراءة الأوراق.
papers-list-heading = الأوراق الواردة
papers-count = { $count ->
    [0] لا توجد أوراق بعد.
    [one] توجد ورقة واحدة.
    [two] توجد ورقتان.
    [few] توجد { $count } أوراق.
    [many] توجد { $count } ورقة.
   *[other] توجد { $count } ورقة.
}
papers-number = الورقة رقم { $id }
papers-download = تنزيل «{ $title }» (PDF، { $size })
papers-size-kb = { $size } كيلوبايت
papers-size-mb = { $whole }.{ $tenth } ميغابايت
papers-upload-heading = أضف ورقة موقف
papers-organisation = المنظمة
papers-organisation-hint = اسم جمعيتك أو مبادرتك أو منظمتك.
papers-organisation-missing = يُرجى إدخال اسم المنظمة.
papers-title-label = عنوان الورقة
papers-title-missing = يُرجى إدخال عنوان الورقة.
papers-too-long = يُسمح هنا بـ { $max } حرف على الأكثر.
papers-summary = ملخص
papers-summary-hint = بضع جمل عمّا تقوله الورقة. 1000 حرف على الأكثر.
papers-summary-too-long = يجب ألا يزيد الملخص على { $max } حرف.
papers-field = مجال العمل
papers-field-none = المفهوم كله
papers-field-unknown = يُرجى اختيار مجال عمل من القائمة.
papers-file = ملف PDF
papers-file-hint = ملفات PDF فقط، بحجم 10 ميغابايت على الأكثر. يجب ألا يحتوي الملف على برامج نصية أو ملفات مرفقة أو مقاطع فيديو.
papers-file-missing = يُرجى اختيار ملف PDF.
papers-file-not-pdf = هذا الملف ليس ملف PDF. يُرجى اختيار ملف PDF.
papers-file-too-large = حجم الملف أكبر من 10 ميغابايت. يُرجى تصغيره، مثلًا باستخدام صور أقل أو أصغر.
papers-file-active = يحتوي ملف PDF على برامج نصية أو ملفات مرفقة أو مقاطع فيديو. لا نقبل مثل هذه الملفات لأسباب أمنية. يُرجى حفظه من جديد بدونها، مثلًا عبر «الطباعة إلى PDF».
papers-file-uncheckable = لا يمكننا فحص ملف PDF هذا، لأن أجزاء منه مشفّرة أو مضغوطة بطريقة غير معتادة. يُرجى حفظه من جديد، مثلًا عبر «الطباعة إلى PDF».
papers-file-broken = لم يصل الملف كاملًا. يُرجى المحاولة مرة أخرى.
papers-submit = أضف الورقة
papers-submitted = شكرًا لك. ورقتك موجودة الآن في القائمة.
papers-sign-in-to-upload = لإضافة ورقة موقف، يُرجى تسجيل الدخول.
papers-proposals-heading = الاقتراحات حسب مجال العمل
papers-report = الإبلاغ عن هذه الورقة

admin-proposals-title = الاقتراحات
admin-proposals-no-processes = لا تردّ على الاقتراحات في أي عملية مشاركة.
admin-proposals-waiting = { $count ->
    [0] لا يوجد اقتراح بانتظار الرد
    [one] اقتراح واحد بانتظار الرد
    [two] اقتراحان بانتظار الرد
    [few] { $count } اقتراحات بانتظار الرد
    [many] { $count } اقتراحًا بانتظار الرد
   *[other] { $count } اقتراح بانتظار الرد
}
admin-proposals-of = الاقتراحات: { $process }
admin-proposals-kind = النوع
admin-proposals-status = الحالة
admin-proposals-answer-title = الرد على الاقتراح: { $title }
admin-proposals-state = الرد
admin-proposals-all = الكل
admin-proposals-filter = عرض
admin-proposals-field = مجال العمل
admin-proposals-author = مقدِّم الاقتراح
admin-proposals-supports = الدعم
admin-proposals-choice = رقم { $id }: { $title }
admin-proposals-saved = نُشر الرد. سيُبلَّغ مقدِّم الاقتراح وجميع الداعمين بالبريد الإلكتروني.
admin-proposals-back = جميع اقتراحات هذه العملية
admin-proposals-public = الصفحة العامة للاقتراح
admin-proposals-answer = الرد العلني
admin-proposals-answer-hint = يظهر على صفحة الاقتراح ويُرسَل بالبريد الإلكتروني إلى مقدِّم الاقتراح وجميع الداعمين. إذا لم يُقبل الاقتراح، فاذكر السبب.
admin-proposals-measures = تحوّل الاقتراح إلى هذه الإجراءات
admin-proposals-measures-hint = فقط في حالة «مقبول»: اختر إجراءً واحدًا على الأقل من خطة العمل.
admin-proposals-no-measures = لا توجد إجراءات في خطة العمل بعد. أضفها أولًا.
admin-proposals-merged-into = دُمج مع
admin-proposals-merged-into-hint = فقط في حالة «مدموج»: اختر الاقتراح الذي دُمج معه هذا الاقتراح.
admin-proposals-merged-none = (لا شيء)
admin-proposals-publish = انشر الرد
admin-proposals-state-missing = يُرجى اختيار رد: مقبول أو مدموج أو غير مقبول.
admin-proposals-reason-missing = يُرجى ذكر سبب عدم قبول الاقتراح.
admin-proposals-answer-missing = يُرجى كتابة الرد العلني.
admin-proposals-answer-too-long = يجب ألا يزيد الرد على { $max } حرف.
admin-proposals-measure-missing = يُرجى اختيار إجراء واحد على الأقل أصبح الاقتراح جزءًا منه.
admin-proposals-measure-unknown = يُرجى اختيار إجراءات من هذه العملية فقط.
admin-proposals-merge-missing = يُرجى اختيار الاقتراح الذي دُمج معه هذا الاقتراح.
admin-proposals-merge-invalid = لا يمكن اختيار هذا الاقتراح. اختر اقتراحًا آخر ظاهرًا من هذه العملية، لا يكون هو نفسه مدموجًا مع هذا الاقتراح.
