using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;

namespace AlliancePlatform.Identity.Features.Login;

/// <summary>The sign-in form, in Chinese with English beside it.</summary>
internal static class LoginPage
{
    public const string WrongCredentials = "用户名或密码错误。/ The user name or password is wrong.";
    public const string LockedOut = "登录失败次数过多，账户已暂时锁定，请稍后再试。/ Too many failed sign-ins: the account is locked for a while. Try again later.";

    /// <summary>Encodes markup but leaves Chinese text readable in the page source.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IResult Render(AntiforgeryTokenSet tokens, string? returnUrl, string? message, int status = StatusCodes.Status200OK)
    {
        var html = Html;
        var error = message is null ? "" : $"""<p class="error" role="alert">{html.Encode(message)}</p>""";
        var page = $$"""
            <!doctype html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>登录 · 黑龙江省产业技术创新联盟平台</title>
              <style>
                body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; background: #f4f6f9; display: flex; justify-content: center; padding-top: 8vh; }
                form { background: #fff; padding: 2rem 2.5rem; border-radius: 8px; box-shadow: 0 2px 12px rgba(0,0,0,.08); width: 22rem; }
                h1 { font-size: 1.25rem; margin: 0 0 .25rem; } .en { color: #667; font-size: .85rem; }
                label { display: block; margin-top: 1rem; } input[type=text], input[type=password] { width: 100%; padding: .5rem; box-sizing: border-box; }
                button { margin-top: 1.5rem; width: 100%; padding: .6rem; background: #b71c1c; color: #fff; border: 0; border-radius: 4px; font-size: 1rem; }
                .error { color: #b71c1c; }
              </style>
            </head>
            <body>
              <form method="post" action="{{LoginEndpoints.Path}}">
                <h1>黑龙江省产业技术创新联盟平台</h1>
                <div class="en">Heilongjiang Industrial Technology Innovation Alliance Platform — sign in</div>
                {{error}}
                <input type="hidden" name="{{html.Encode(tokens.FormFieldName)}}" value="{{html.Encode(tokens.RequestToken ?? "")}}">
                <input type="hidden" name="ReturnUrl" value="{{html.Encode(returnUrl ?? "")}}">
                <label for="UserName">用户名 <span class="en">User name</span></label>
                <input id="UserName" name="UserName" type="text" autocomplete="username" required>
                <label for="Password">密码 <span class="en">Password</span></label>
                <input id="Password" name="Password" type="password" autocomplete="current-password" required>
                <button type="submit">登录 / Sign in</button>
              </form>
            </body>
            </html>
            """;
        return Results.Content(page, "text/html; charset=utf-8", statusCode: status);
    }
}
