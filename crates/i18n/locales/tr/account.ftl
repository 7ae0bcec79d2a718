## Participant accounts: sign-in by link, "my page", export and deletion.

account-navigation = Hesap
nav-signin = Katılmak için giriş yapın
nav-me = Sayfam

signin-title = Katılmak için giriş yapın
signin-intro = E-posta adresinizi girin. Size bağlantı içeren bir e-posta gelecek. Bu bağlantıyla giriş yaparsınız. Şifreye gerek yoktur.
signin-submit = Bağlantı gönder
signin-privacy = Adresinizi yalnızca giriş için ve katkılarınızla ilgili bildirimler için kullanırız.
signin-too-many = Son bir saat içinde bu adrese zaten birkaç bağlantı gönderildi. Lütfen gelen kutunuza bakın veya daha sonra tekrar deneyin.
signin-sent-title = Lütfen gelen kutunuza bakın
signin-sent-text = Size bağlantı içeren bir e-posta gönderdik. Bağlantı 30 dakika geçerlidir ve yalnızca bir kez kullanılabilir.
signin-sent-no-mail = E-posta gelmedi mi? İstenmeyen e-posta (spam) klasörüne de bakın veya bağlantıyı yeniden isteyin.
signin-link-title = Giriş yap
signin-link-text = Bu düğmeyle şu adresle giriş yaparsınız:
signin-link-button = Şimdi giriş yap
signin-link-invalid = Bu bağlantı artık geçerli değil. Daha önce kullanılmış veya süresi dolmuş.
signin-again = Yeni bağlantı iste

me-title = Sayfam
me-saved = Bilgileriniz kaydedildi.
me-choose-name = Lütfen bir ad seçin. Bu ad katkılarınızın yanında görünür. Takma ad da kullanabilirsiniz.
me-profile = Ad ve dil
me-email = E-posta adresi
me-display-name = Görünen ad
me-display-name-hint = Başkaları bu adı katkılarınızın yanında görür. Takma ad kullanabilirsiniz. En fazla 60 karakter.
me-language = Sayfalar ve e-postalar için dil
me-save = Kaydet
me-name-required = Lütfen bir ad girin.
me-name-too-long = Ad en fazla 60 karakter olabilir.
me-registrations = Kayıtlarım
me-no-registrations = Bu adresle yapılmış bir etkinlik kaydı yok.
me-manage = Kaydı görüntüle
me-contributions = Katkılarım
me-no-contributions = Henüz bir şey yazmadınız.
me-kind-comment = Yorum
me-kind-proposal = Öneri
me-removed = kaldırıldı
me-data = Verilerim
me-export = Tüm verilerimi indir (JSON)
me-sign-out = Çıkış yap
me-delete-heading = Hesabı sil
me-delete-text = Hesabınızı silerseniz e-posta adresinizi ve adınızı sileriz. Katkılarınız “hesabı silinmiş kişi” notuyla yerinde kalır. Etkinlik kayıtlarınızı, kayıt e-postasındaki bağlantıyla yönetebilirsiniz.
me-delete-confirm = Evet, hesabımı silmek istiyorum.
me-delete-button = Hesabı sil
me-delete-confirm-required = Lütfen hesabınızı silmek istediğinizi onaylayın.
me-deleted-title = Hesap silindi
me-deleted-text = Hesabınız silindi. Katkılarınız artık adınız olmadan görünüyor.
me-deleted-home = Ana sayfaya git

mail-greeting-participant = Merhaba,
mail-sign-in-link-subject = Giriş bağlantınız
mail-sign-in-link-body = mitwirken platformuna giriş yapmak istiyorsunuz. Bağlantıya tıklayın. Bağlantı 30 dakika geçerlidir ve yalnızca bir kez kullanılabilir. Bu isteği siz yapmadıysanız hiçbir şey yapmanız gerekmez.
mail-sign-in-link-label = Şimdi giriş yap
mail-proposal-answered-subject = “{ $title }” başlıklı öneriye yanıt
mail-proposal-answered-body = { $role ->
        [author] Düzenleyici, “{ $title }” başlıklı önerinizi yanıtladı.
       *[supporter] Düzenleyici, desteklediğiniz “{ $title }” başlıklı öneriyi yanıtladı.
    } { $state ->
        [adopted] Öneri kabul edildi ve artık eylem planının bir parçası.
        [merged] Öneri, benzer bir öneriyle birleştirildi.
       *[not_adopted] Öneri kabul edilmedi.
    } Gerekçe: { $answer }
mail-proposal-link = Öneriyi ve yanıtı görüntüle
