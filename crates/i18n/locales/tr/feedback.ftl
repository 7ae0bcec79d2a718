## Reports of barriers (BITV 2.0 § 7): the form in the accessibility statement, the thank-you
## page, the organiser's mail (always in German) and the list in the back office.

feedback-label-message = Engelin açıklaması
feedback-message-hint = Ne yapmak istediniz ve ne sorun çıktı? Ekran okuyucu veya ekran büyütücü gibi bir yardımcı teknoloji kullanıyorsanız, lütfen hangisini kullandığınızı da belirtin.
feedback-label-page = Sayfanın adresi
feedback-page-hint = Engel hangi sayfada? Örneğin tarayıcınızdaki adres veya sayfanın başlığı.
feedback-email-hint = Yalnızca yanıt almak istiyorsanız. Size yalnızca bu bildirimle ilgili yazarız.
feedback-label-name = Adınız
feedback-privacy = Bildiriminiz bu web sitesinin işletmecisine gider. Bilgilerinizi yalnızca engeli gidermek ve size yanıt vermek için kullanırız. Bildiriminizle ilgili işlemler tamamlandıktan { $days } gün sonra bildiriminizi tüm bilgilerle birlikte sileriz. Daha fazla bilgi:
feedback-privacy-page = Erişilebilirlik beyanında bir engel bildirirseniz, bildiriminizi ve belirttiyseniz e-posta adresinizi ve adınızı saklarız. Bu bilgileri yalnızca engeli gidermek ve size yanıt vermek için kullanır, işlemler tamamlandıktan { $days } gün sonra sileriz. Bu sırada IP adresinizi saklamayız; yalnızca ondan türetilen bir kontrol değerini, o da toplu bildirim gönderimini önlemek için yalnızca bir saat boyunca saklarız.
feedback-submit = Bildirimi gönder
feedback-by-mail = Bize e-posta da gönderebilirsiniz:
feedback-too-many = Son bir saat içinde internet bağlantınızdan zaten birkaç bildirim geldi. Lütfen bir saat sonra tekrar deneyin veya bize e-posta gönderin. Metniniz hâlâ formda duruyor.

feedback-sent-title = Bildiriminiz için teşekkür ederiz
feedback-sent-text = Bildiriminiz bize ulaştı.
feedback-sent-answer = Bir e-posta adresi belirttiyseniz, size genellikle iki hafta içinde yanıt veririz. Adres olmadan size yanıt veremeyiz; ancak engelin giderilmesiyle yine de ilgileniriz.
feedback-back = Erişilebilirlik beyanına geri dön

feedback-page = Sayfa
feedback-page-none = belirtilmedi
feedback-message = Açıklama
feedback-email = E-posta adresi
feedback-email-none = yok – yanıt verilemez
feedback-name = Ad
feedback-written-in = Bildirimin dili
feedback-received = Geliş zamanı

mail-accessibility-feedback-subject = Engel bildirildi ({ $id } numaralı bildirim)
mail-accessibility-feedback-body = Erişilebilirlik beyanındaki form aracılığıyla bir bildirim geldi. Kişi bir adres belirttiyse, BITV 2.0 uyarınca kendisine yanıt verilmesi gerekir.
feedback-mail-link = Bildirimleri yönetim bölümünde görüntüle
feedback-mail-footer-reply = Bu e-posta otomatik olarak gönderildi. Bu e-postayı yanıtlarsanız, yanıtınız doğrudan engeli bildiren kişiye gider.
feedback-mail-footer-anonymous = Bu e-posta otomatik olarak gönderildi. Kişi bir adres belirtmedi.

feedback-admin-nav = Engeller
feedback-admin-title = Bildirilen engeller
feedback-admin-intro = Burada erişilebilirlik beyanındaki formdan gelen bildirimler yer alır. Lütfen adres belirten her kişiye yanıt verin ve ardından bildirimi tamamlandı olarak işaretleyin. Bildirim, bundan { $days } gün sonra tüm bilgilerle birlikte silinir.
feedback-admin-open = { $count ->
    [one] Açık: { $count } bildirim
   *[other] Açık: { $count } bildirim
}
feedback-admin-handled = { $count ->
    [one] Tamamlanan: { $count } bildirim
   *[other] Tamamlanan: { $count } bildirim
}
feedback-admin-none-open = Açık bildirim yok.
feedback-admin-none-handled = Henüz tamamlanan bildirim yok.
feedback-admin-item = { $id } numaralı bildirim, { $when }
feedback-admin-status = Tamamlandı
feedback-admin-handled-by = { $when }, { $who } tarafından
feedback-admin-handled-at = { $when }
feedback-admin-mark-handled = Tamamlandı olarak işaretle
feedback-admin-done = Bildirim tamamlandı olarak işaretlendi.
