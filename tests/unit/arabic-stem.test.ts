import { describe, expect, test } from 'vitest';
import {
	arabicTerms,
	markStems,
	stemArabic,
	stemQueries,
	stemQuery,
	stemsOf,
	withoutPrefixes,
} from '../../src/lib/arabic-stem.ts';
import { normalizeArabic } from '../../src/lib/arabic-text.ts';

/** The stems of a group of forms: one element when they all meet. */
const stems = (words: string[]) => new Set(words.map(stemArabic));

describe('a word is found with or without what Arabic attaches to it', () => {
	test.each([
		[['كنوردستان', 'نوردستان', 'ونوردستان', 'بنوردستان', 'لنوردستان'], 'نوردست'],
		[['التوترات', 'توترات', 'توتر', 'والتوترات'], 'توتر'],
		[['والممرات', 'ممرات', 'الممرات'], 'ممر'],
		[['فالشراكة', 'شراكة', 'الشراكة', 'بالشراكة'], 'شراك'],
		[['وقمة', 'قمة', 'القمة', 'والقمة', 'للقمة'], 'قم'],
		[['بأرفانا', 'أرفانا', 'وأرفانا', 'لأرفانا', 'فأرفانا'], 'ارفانا'],
		[['للاتحاد', 'الاتحاد', 'اتحاد', 'والاتحاد'], 'اتحاد'],
		[['والتعاون', 'التعاون', 'تعاون', 'بالتعاون', 'للتعاون'], 'تعا'],
		[['بالمفوضية', 'المفوضية', 'مفوضية', 'والمفوضية'], 'مفوض'],
		[['كالعادة', 'العادة', 'عادة'], 'عاد'],
		[['والدبلوماسية', 'الدبلوماسية', 'دبلوماسية', 'ودبلوماسية'], 'دبلوماس'],
	])('%j all stem to %s', (forms, stem) => {
		expect(stems(forms)).toEqual(new Set([stem]));
	});

	test('a conjunction and a preposition together come off as well', () => {
		expect(stems(['وبأرفانا', 'فبأرفانا', 'ولأرفانا', 'أرفانا'])).toEqual(new Set(['ارفانا']));
		expect(stems(['وبالتعاون', 'وللتعاون', 'تعاون'])).toEqual(new Set(['تعا']));
	});

	test('a word that begins with a prefix letter still meets its attached forms', () => {
		// The ك of كالافان and the ب of برلمان look like prepositions: the bare and the attached
		// forms must lose them alike.
		expect(stems(['كالافان', 'لكالافان', 'بكالافان', 'وكالافان', 'ولكالافان']).size).toBe(1);
		expect(stems(['برلمان', 'البرلمان', 'بالبرلمان', 'للبرلمان', 'والبرلمان', 'ببرلمان']).size).toBe(1);
		expect(stems(['لبران', 'بلبران', 'ولبران', 'للبران']).size).toBe(1);
	});
});

describe('plurals and feminine endings meet their singular', () => {
	test('sound feminine plural and singular', () => {
		expect(stems(['العلاقات', 'علاقات', 'علاقة', 'العلاقة'])).toEqual(new Set(['علاق']));
	});

	test('sound masculine plural in both cases and singular', () => {
		expect(stems(['المشاركون', 'المشاركين', 'مشارك', 'مشاركون', 'والمشاركين'])).toEqual(new Set(['مشارك']));
	});

	test('a pronoun on a plural comes off with the plural ending', () => {
		expect(stems(['علاقاتها', 'علاقاته', 'علاقات'])).toEqual(new Set(['علاق']));
	});

	test('a relative adjective meets its plurals and feminine', () => {
		expect(stems(['سياسي', 'سياسية', 'السياسيون', 'السياسيين'])).toEqual(new Set(['سياس']));
	});
});

describe('short words are not destroyed', () => {
	test('two-letter words stay as they are', () => {
		expect(stemArabic('في')).toBe('في');
		expect(stemArabic('من')).toBe('من');
		expect(stemArabic('ال')).toBe('ال');
	});

	test('a three-letter word keeps its first letter even when it looks like a prefix', () => {
		expect(stemArabic('بلد')).toBe('بلد');
		expect(stemArabic('ولد')).toBe('ولد');
		expect(stemArabic('فيه')).toBe('في');
	});

	test('و comes off a word of four letters, leaving three', () => {
		expect(stemArabic('وبلد')).toBe('بلد');
		expect(stemArabic('وقمة')).toBe(stemArabic('قمة'));
	});

	test('ب ك ل ف come off only a word of five letters, so four-letter words stay whole', () => {
		expect(stemArabic('كتاب')).toBe('كتاب');
		expect(stemArabic('بكتاب')).toBe('كتاب');
		expect(stemArabic('بلاد')).toBe('بلاد');
		expect(stemArabic('لجنة')).toBe('لجن');
		expect(stemArabic('اللجنة')).toBe('لجن');
		expect(stemArabic('فكرة')).toBe('فكر');
	});

	test('the article needs two letters after it, an ending leaves two letters', () => {
		expect(stemArabic('الذي')).toBe('ذي');
		expect(stemArabic('ابن')).toBe('ابن');
		expect(stemArabic('بها')).toBe('بها');
	});
});

describe('names keep working', () => {
	test('a name with و or a preposition attached meets the bare name', () => {
		expect(stemArabic('وماريك')).toBe(stemArabic('ماريك'));
		expect(stemArabic('ماريك')).toBe('ماريك');
		expect(stemArabic('لكالافان')).toBe(stemArabic('كالافان'));
		expect(stemArabic('بكالافان')).toBe(stemArabic('كالافان'));
	});

	test('a name typed on a Persian or Urdu keyboard meets the Arabic spelling', () => {
		expect(stemArabic('ماریک')).toBe(stemArabic('ماريك'));
		expect(stemArabic('کالافان')).toBe(stemArabic('كالافان'));
	});
});

describe('spelling variants meet', () => {
	test('alef with or without hamza or madda', () => {
		expect(stems(['أرفانا', 'ارفانا', 'آرفانا', 'إرفانا', 'ٱرفانا'])).toEqual(new Set(['ارفانا']));
	});

	test('vowel marks and tatweel do not matter', () => {
		expect(normalizeArabic('مُـشَـارَكَة')).toBe('مشاركه');
		expect(stemArabic('مُـشَـارَكَة')).toBe(stemArabic('مشاركة'));
		expect(stemArabic('وَالتَّعَاوُنُ')).toBe(stemArabic('تعاون'));
	});

	test('final letter shapes, Persian and Urdu forms and invisible marks fold', () => {
		expect(normalizeArabic('إلى')).toBe('الي');
		expect(normalizeArabic('قمة')).toBe('قمه');
		expect(normalizeArabic('کالافان')).toBe('كالافان');
		expect(normalizeArabic('ماریک')).toBe('ماريك');
		expect(normalizeArabic('ھەۀ')).toBe('ههه');
		expect(normalizeArabic('\u200fقم\u200cة\u200d')).toBe('قمه');
	});

	test('a decomposed hamza is read as the composed letter', () => {
		expect(normalizeArabic('\u0627\u0654رفانا')).toBe('ارفانا');
	});
});

describe('words in other scripts are left alone', () => {
	test('stemArabic returns a word with no Arabic letter unchanged', () => {
		expect(stemArabic('Arvana')).toBe('Arvana');
		expect(stemArabic('Ärger')).toBe('Ärger');
		expect(stemArabic('2024')).toBe('2024');
		expect(stemArabic('')).toBe('');
	});
});

describe('arabicTerms', () => {
	test('returns the distinct stems in order of first appearance', () => {
		expect(arabicTerms('قمة أرفانا والقمة في أرفانا')).toEqual(['قم', 'ارفانا', 'في']);
	});

	test('skips Latin words, numbers, punctuation and one-letter stems', () => {
		expect(arabicTerms('Arvana: قمة (ALC) و ٢٠٢٤ 2024، والتعاون!')).toEqual(['قم', 'تعا']);
	});

	test('keeps a vowelled or stretched word whole', () => {
		expect(arabicTerms('مُـشَـارَكَة المشاركين')).toEqual(['مشارك']);
	});

	test('is empty for text without Arabic', () => {
		expect(arabicTerms('Teodor Kallavan')).toEqual([]);
		expect(arabicTerms('')).toEqual([]);
	});
});

describe('stemQuery', () => {
	test('replaces each Arabic word by its stem and keeps Latin words as typed', () => {
		expect(stemQuery('Kallavan في بأرفانا')).toBe('Kallavan في ارفانا');
		expect(stemQuery('ALC والتعاون')).toBe('ALC تعا');
	});

	test('collapses spacing to single spaces', () => {
		expect(stemQuery('  Kallavan \t  والقمة\n ')).toBe('Kallavan قم');
		expect(stemQuery('   ')).toBe('');
	});

	test('keeps punctuation around the words', () => {
		expect(stemQuery('«بالمفوضية»، Arvana')).toBe('«مفوض»، Arvana');
	});

	test('meets the indexed terms of the same words', () => {
		const indexed = arabicTerms('وماريك يزور كالافان');
		for (const word of stemQuery('ماريك لكالافان').split(' ')) expect(indexed).toContain(word);
	});
});

describe('a short word may be a preposition on a shorter one', () => {
	test('a four-letter word beginning with ب ك ل ف stands for both readings', () => {
		expect(stemsOf('بقمة')).toEqual(['بقم', 'قم']);
		expect(stemsOf('كنهر')).toEqual(['كنهر', 'نهر']);
		// A five-letter word loses the letter by the main rule: one reading.
		expect(stemsOf('بأرفانا')).toEqual(['ارفانا']);
		expect(stemsOf('Arvana')).toEqual(['Arvana']);
	});

	test('so the bare word and the attached one share a term, on the indexed side and the query side', () => {
		expect(arabicTerms('عُقدت بقمة')).toContain('قم');
		expect(stemQueries('بقمة أرفانا')).toEqual(['بقم ارفانا', 'قم ارفانا']);
		expect(stemQueries('قمة')).toEqual(['قم']);
	});
});

describe('withoutPrefixes', () => {
	test('takes the attached words off and leaves the rest as written', () => {
		expect(withoutPrefixes('لحضروها')).toBe('حضروها');
		expect(withoutPrefixes('وبأرفانا Kallavan')).toBe('أرفانا Kallavan');
		expect(withoutPrefixes('كالافان')).toBe('افان');
	});

	test('leaves a vowelled word whole rather than cut it in the wrong place', () => {
		expect(withoutPrefixes('وَالقِمَّة')).toBe('وَالقِمَّة');
	});
});

describe('markStems', () => {
	test('marks the words of an escaped text that share a stem with the query, as written', () => {
		expect(markStems('قال إن المرفأ كنوردستان &amp; غيرها', new Set(arabicTerms('نوردستان')))).toBe(
			'قال إن المرفأ <mark>كنوردستان</mark> &amp; غيرها',
		);
		expect(markStems('نص', new Set())).toBe('نص');
	});
});
