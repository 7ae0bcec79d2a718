## The action plan: goals, measures, origins and progress; workshop results; the back office for both.

plan-title = خطة العمل
plan-read = اقرأ خطة العمل بجميع أهدافها وإجراءاتها
plan-pdf-link = تنزيل خطة العمل بصيغة PDF
plan-open-data = بيانات مفتوحة
plan-empty = لا تحتوي خطة العمل على أهداف بعد. تكتبها المدينة بعد انتهاء مرحلة المشاركة.
plan-fields = مجالات العمل
plan-field = مجال العمل
plan-goal = الهدف
plan-no-goals = لا توجد أهداف لهذا المجال بعد.
plan-no-measures = لا توجد إجراءات لهذا الهدف بعد.
plan-status = الحالة
plan-status-planned = مخطط له
plan-status-in-progress = قيد التنفيذ
plan-status-done = منجز
plan-status-dropped = متوقف
plan-lead-unit = الجهة المسؤولة
plan-partners = الشركاء
plan-timeframe = الفترة الزمنية
plan-indicators = كيف يُقاس النجاح
plan-latest-update = آخر تقرير بتاريخ
plan-all-updates = { $count ->
        [zero] لا توجد تقارير عن التقدم
        [one] تقرير واحد عن التقدم
        [two] تقريران عن التقدم
        [few] جميع التقارير عن التقدم ({ $count } تقارير)
        [many] جميع التقارير عن التقدم ({ $count } تقريرًا)
       *[other] جميع التقارير عن التقدم ({ $count } تقرير)
    }
plan-as-of = الحالة في { $date }

plan-based-on = يستند إلى { $list }.
list-and = { $first } و{ $last }
list-comma = { $first }، { $rest }
plan-origin-proposals = { $count ->
        [zero] لا اقتراحات
        [one] اقتراح واحد
        [two] اقتراحين
        [few] { $count } اقتراحات
        [many] { $count } اقتراحًا
       *[other] { $count } اقتراح
    }
plan-origin-workshop-results = { $count ->
        [zero] لا نتائج من الفعاليات
        [one] نتيجة واحدة من الفعاليات
        [two] نتيجتين من الفعاليات
        [few] { $count } نتائج من الفعاليات
        [many] { $count } نتيجةً من الفعاليات
       *[other] { $count } نتيجة من الفعاليات
    }
plan-origin-comments = { $count ->
        [zero] لا تعليقات
        [one] تعليق واحد
        [two] تعليقين
        [few] { $count } تعليقات
        [many] { $count } تعليقًا
       *[other] { $count } تعليق
    }
plan-origin-papers = { $count ->
        [zero] لا أوراق موقف
        [one] ورقة موقف واحدة
        [two] ورقتي موقف
        [few] { $count } أوراق موقف
        [many] { $count } ورقة موقف
       *[other] { $count } ورقة موقف
    }
plan-origin-none = وضعت إدارة المدينة هذا الإجراء.
plan-origin-kind-proposal = اقتراح
plan-origin-kind-workshop = نتيجة من إحدى الفعاليات
plan-origin-kind-comment = تعليق
plan-origin-kind-paper = ورقة موقف
plan-origin-removed = أُزيل

plan-progress-title = التقدم في تنفيذ خطة العمل
plan-progress-intro = يبيّن الجدول لكل مجال عمل عدد الإجراءات المخطط لها، وقيد التنفيذ، والمنجزة، والمتوقفة.
plan-progress-caption = الإجراءات حسب مجال العمل والحالة
plan-total = المجموع
plan-share-done = نسبة المنجز
plan-percent = { $percent }٪
plan-all-fields = جميع مجالات العمل

plan-results-title = نتائج الفعاليات
plan-results-intro = هذا ما دوّنته مجموعات العمل ولوحات الدبابيس في الفعاليات. تُظهر النقاط اللاصقة عدد الأشخاص الذين رأوا أن هذه النقطة مهمة.
plan-results-none = لا توجد نتائج بعد.
plan-to-plan = إلى خطة العمل
plan-pin-board = لوحات الدبابيس
plan-working-group-removed = مجموعة عمل
plan-dot-votes = { $count ->
        [zero] لا نقاط لاصقة
        [one] نقطة لاصقة واحدة
        [two] نقطتان لاصقتان
        [few] { $count } نقاط لاصقة
        [many] { $count } نقطة لاصقة
       *[other] { $count } نقطة لاصقة
    }
plan-result-became = أصبحت هذه النتيجة في خطة العمل:

plan-admin-nav = خطة العمل والنتائج
plan-admin-no-processes = لا يحق لك تعديل خطة العمل في أي عملية مشاركة.
plan-admin-edit-plan = تعديل خطة العمل
plan-admin-results = تسجيل النتائج
plan-admin-title = خطة العمل: { $process }
plan-admin-public-page = الصفحة العامة
plan-admin-back = العودة إلى خطة العمل
plan-admin-edit-goal = تعديل الهدف
plan-admin-add-goal = إضافة هدف
plan-admin-add-measure = إضافة إجراء
plan-admin-goal-title = عنوان الهدف
plan-admin-measure-title = عنوان الإجراء
plan-admin-description = الوصف
plan-admin-goal-heading = الهدف: { $goal }
plan-admin-measure-heading = الإجراء: { $measure }
plan-admin-delete-goal = حذف الهدف
plan-admin-delete-goal-text = { $count ->
        [0] لا يحتوي الهدف على إجراءات.
        [zero] لا يحتوي الهدف على إجراءات.
        [one] يُحذف مع الهدف إجراؤه أيضًا، مع تقاريره وروابطه.
        [two] يُحذف مع الهدف إجراءاه أيضًا، مع تقاريرهما وروابطهما.
        [few] تُحذف مع الهدف إجراءاته الـ{ $count } أيضًا، مع تقاريرها وروابطها.
        [many] يُحذف مع الهدف { $count } إجراءً أيضًا، مع تقاريرها وروابطها.
       *[other] يُحذف مع الهدف { $count } إجراء أيضًا، مع تقاريرها وروابطها.
    }
plan-admin-delete-measure = حذف الإجراء
plan-admin-delete-confirm = نعم، أريد حذف ذلك.
plan-admin-texts = النصوص والحالة
plan-admin-progress = التقدم
plan-admin-no-updates = لا يوجد تقرير عن التقدم بعد.
plan-admin-add-update = إضافة تقرير عن التقدم
plan-admin-update-date = تاريخ التقرير
plan-admin-update-note = ماذا حدث؟
plan-admin-origins = المصدر
plan-admin-origins-hint = اربط الإجراء بالمساهمات التي نشأ منها، ليتمكن كل شخص من تتبّع ما آل إليه أي اقتراح.
plan-admin-remove-origin = إزالة الربط
plan-admin-add-origin = إضافة ربط
plan-admin-link = ربط
plan-admin-no-proposals = لا توجد في هذا المجال اقتراحات غير مربوطة بعد.
plan-admin-no-results = لا توجد في هذا المجال نتائج فعاليات غير مربوطة بعد.
plan-admin-no-papers = لا توجد أوراق موقف غير مربوطة بعد.
plan-admin-comment-number = رقم التعليق
plan-admin-comment-hint = يوجد الرقم في عنوان التعليق بعد «‎#c-‎».
plan-admin-results-title = النتائج: { $event }
plan-admin-result-edit-title = تعديل نتيجة: { $event }
plan-admin-all-results = جميع نتائج هذه الفعالية
plan-admin-result-record = تسجيل نتيجة
plan-admin-result-change = تعديل النتيجة
plan-admin-result-group = مجموعة العمل أو لوحة الدبابيس
plan-admin-result-text = النص
plan-admin-result-text-hint = اكتب ما هو مكتوب على البطاقة أو في المحضر. السطر الأول هو العنوان.
plan-admin-result-dots = النقاط اللاصقة
plan-admin-results-recorded = النتائج المسجّلة
plan-admin-result-delete = حذف

plan-admin-error-german = يُرجى كتابة النص باللغة الألمانية. الترجمات اختيارية، لكن النص الألماني مطلوب دائمًا.
plan-admin-error-too-long = يُرجى ألا يتجاوز النص { $max } حرفًا.
plan-admin-error-text-empty = يُرجى كتابة نص.
plan-admin-error-date = يُرجى إدخال تاريخ صحيح.
plan-admin-error-comment = لا يوجد تعليق بهذا الرقم في عملية المشاركة هذه.
plan-admin-error-dot-votes = يُرجى إدخال عدد صحيح يساوي 0 أو أكثر.
plan-admin-error-confirm = يُرجى تأكيد رغبتك في الحذف.

plan-admin-done-goal-added = تمت إضافة الهدف.
plan-admin-done-goal-saved = تم حفظ الهدف.
plan-admin-done-goal-deleted = تم حذف الهدف.
plan-admin-done-measure-added = تمت إضافة الإجراء. أكمل الآن بقية البيانات.
plan-admin-done-measure-saved = تم حفظ الإجراء.
plan-admin-done-measure-deleted = تم حذف الإجراء.
plan-admin-done-update-added = تم حفظ التقرير. حالة الإجراء الآن هي الحالة الواردة في التقرير.
plan-admin-done-origin-added = تم حفظ الربط.
plan-admin-done-origin-removed = تمت إزالة الربط.
plan-admin-done-result-added = تم تسجيل النتيجة.
plan-admin-done-result-saved = تم حفظ النتيجة.
plan-admin-done-result-deleted = تم حذف النتيجة، وأُزيلت روابطها بالإجراءات أيضًا.
