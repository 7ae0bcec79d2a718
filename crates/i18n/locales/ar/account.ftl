## Participant accounts: sign-in by link, "my page", export and deletion.

account-navigation = الحساب
nav-signin = سجّل الدخول للمشاركة
nav-me = صفحتي

signin-title = سجّل الدخول للمشاركة
signin-intro = أدخل عنوان بريدك الإلكتروني. ستصلك رسالة فيها رابط. بهذا الرابط تسجّل الدخول. لا تحتاج إلى كلمة مرور.
signin-submit = أرسل الرابط
signin-privacy = نستخدم عنوانك فقط لتسجيل الدخول ولإبلاغك بما يخص مساهماتك.
signin-too-many = أُرسلت عدة روابط إلى هذا العنوان في الساعة الأخيرة. يُرجى النظر في صندوق بريدك أو المحاولة لاحقًا.
signin-sent-title = يُرجى النظر في صندوق بريدك
signin-sent-text = أرسلنا إليك رسالة فيها رابط. يعمل الرابط لمدة 30 دقيقة ومرة واحدة فقط.
signin-sent-no-mail = لم تصلك رسالة؟ انظر في مجلد الرسائل غير المرغوب فيها أيضًا، أو اطلب الرابط مرة أخرى.
signin-link-title = تسجيل الدخول
signin-link-text = بهذا الزر تسجّل الدخول باسم
signin-link-button = سجّل الدخول الآن
signin-link-invalid = هذا الرابط لم يعد صالحًا. فقد استُخدم من قبل أو انتهت مدته.
signin-again = اطلب رابطًا جديدًا

me-title = صفحتي
me-saved = حُفظت بياناتك.
me-choose-name = يُرجى اختيار اسم. يظهر هذا الاسم مع مساهماتك. يمكنك اختيار اسم مستعار.
me-profile = الاسم واللغة
me-email = عنوان البريد الإلكتروني
me-display-name = الاسم الظاهر
me-display-name-hint = يرى الآخرون هذا الاسم مع مساهماتك. الاسم المستعار مسموح. 60 حرفًا على الأكثر.
me-language = لغة الصفحات والرسائل
me-save = حفظ
me-name-required = يُرجى إدخال اسم.
me-name-too-long = يجب ألا يزيد الاسم على 60 حرفًا.
me-registrations = تسجيلاتي
me-no-registrations = لا يوجد تسجيل في أي فعالية بهذا العنوان.
me-manage = عرض التسجيل
me-contributions = مساهماتي
me-no-contributions = لم تكتب شيئًا بعد.
me-kind-comment = تعليق
me-kind-proposal = اقتراح
me-removed = أُزيل
me-data = بياناتي
me-export = تنزيل كل بياناتي (JSON)
me-sign-out = تسجيل الخروج
me-delete-heading = حذف الحساب
me-delete-text = إذا حذفت حسابك، نحذف عنوان بريدك الإلكتروني واسمك. تبقى مساهماتك منشورة مع عبارة «مشارك محذوف». تدير تسجيلاتك في الفعاليات عبر الرابط الموجود في رسالة التسجيل.
me-delete-confirm = نعم، أريد حذف حسابي.
me-delete-button = حذف الحساب
me-delete-confirm-required = يُرجى تأكيد أنك تريد حذف حسابك.
me-deleted-title = حُذف الحساب
me-deleted-text = حُذف حسابك. تظهر مساهماتك الآن دون اسمك.
me-deleted-home = إلى الصفحة الرئيسية

mail-greeting-participant = مرحبًا،
mail-sign-in-link-subject = رابط تسجيل الدخول الخاص بك
mail-sign-in-link-body = تريد تسجيل الدخول إلى mitwirken. انقر على الرابط. يعمل الرابط لمدة 30 دقيقة ومرة واحدة فقط. إذا لم تكن أنت من طلبه، فلا داعي لفعل أي شيء.
mail-sign-in-link-label = سجّل الدخول الآن
mail-proposal-answered-subject = رد على الاقتراح «{ $title }»
mail-proposal-answered-body = { $role ->
        [author] ردّت الجهة المنظمة على اقتراحك «{ $title }».
       *[supporter] ردّت الجهة المنظمة على الاقتراح «{ $title }» الذي تدعمه.
    } { $state ->
        [adopted] قُبل الاقتراح وأصبح الآن جزءًا من خطة العمل.
        [merged] دُمج الاقتراح مع اقتراح مشابه.
       *[not_adopted] لم يُقبل الاقتراح.
    } السبب: { $answer }
mail-proposal-link = عرض الاقتراح والرد
