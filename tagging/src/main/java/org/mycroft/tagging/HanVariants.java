package org.mycroft.tagging;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional Han characters read as their simplified forms, so that the vocabulary, written in the
 * simplified characters of the UN's Chinese texts, also matches laws written in traditional
 * characters (Hong Kong, Macao, Taiwan): 人口販運 is 人口贩运, 洗錢 is 洗钱. The table covers the
 * characters of the Chinese vocabulary whose traditional form differs; extend it with the vocabulary.
 */
final class HanVariants {

    private HanVariants() {}

    /** Pairs of traditional then simplified character. */
    private static final String PAIRS =
            "專专兩两義义買买產产産产關关凍冻擊击辦办務务動动協协單单賣卖參参雙双發发髮发變变號号團团國国壞坏"
            + "處处復复複复頭头婦妇寶宝對对導导屬属幫帮廢废開开彈弹當当錄录懲惩戶户執执搶抢護护報报撈捞換换"
            + "據据構构極极槍枪標标權权術术機机氣气沒没漁渔濫滥瀕濒滅灭環环盜盗礦矿種种積积稱称竊窃簽签係系"
            + "繫系約约組组織织紹绍綁绑結结絡络統统編编繳缴網网罰罚聯联脅胁獲获藥药裝装計计記记許许訟讼證证"
            + "識识詐诈訴诉請请調调謀谋財财責责敗败賬账帳账質质販贩貪贪購购貴贵賄贿賂赂贓赃資资轉转輸输轄辖"
            + "運运違违遺遗郵邮採采錢钱銷销問问際际險险隱隐預预領领題题飾饰騙骗黃黄會会偽伪僞伪體体偵侦儲储"
            + "兒儿決决別别區区員员應应數数電电瞞瞒職职與与於于傾倾內内冊册製制隻只剝剥劃划為为濟济團团犧牺";

    private static final Map<Character, Character> SIMPLIFIED = new HashMap<>();

    static {
        for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
            SIMPLIFIED.put(PAIRS.charAt(i), PAIRS.charAt(i + 1));
        }
    }

    /** The simplified form of a traditional character, or the character itself. */
    static char simplified(char c) {
        Character s = SIMPLIFIED.get(c);
        return s == null ? c : s;
    }
}
