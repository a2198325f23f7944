<#--
  Samvirke: the login page's identity providers (municipal SSO). Their display names may be message
  keys, e.g. ${r"${samvirkeKommuneLogin}"} in infra/keycloak/samvirke-realm.json, so the button speaks
  the page's language (messages/messages_*.properties); a plain name is shown as it is.
-->
<#macro show social>
  <div class="${properties.kcLoginMainFooterBand!}">
    <span class="${properties.kcLoginMainFooterBandItem!} ${properties.kcLoginMainFooterHelperText!}">${msg("identity-provider-login-label")}</span>
  </div>
  <div id="kc-social-providers" class="${properties.kcFormSocialAccountSectionClass!}">
    <ul class="${properties.kcFormSocialAccountListClass!}">
      <#list social.providers as p>
        <li class="${properties.kcFormSocialAccountListItemClass!}">
          <a id="social-${p.alias}" class="${properties.kcFormSocialAccountListButtonClass!}" href="${p.loginUrl}">
            <span class="${properties.kcFormSocialAccountNameClass!}">${advancedMsg(p.displayName!p.alias)}</span>
          </a>
        </li>
      </#list>
    </ul>
  </div>
</#macro>
